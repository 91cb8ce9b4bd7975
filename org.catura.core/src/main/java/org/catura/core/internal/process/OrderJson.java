package org.catura.core.internal.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.catura.core.api.order.ImportedOrder;

/** Stores the normalised order as JSON. */
final class OrderJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(ImportedOrder order) {
        try {
            return mapper.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Order " + order.externalId() + " cannot be stored: " + e.getMessage(), e);
        }
    }

    ImportedOrder read(String json) {
        try {
            return mapper.readValue(json, ImportedOrder.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored order cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
