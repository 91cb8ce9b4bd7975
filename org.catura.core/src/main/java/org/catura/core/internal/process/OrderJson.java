package org.catura.core.internal.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.catura.core.api.order.ImportedOrder;

/**
 * Stores the normalised order as JSON. Reading keeps the last orders read: an order passes
 * several stations in quick succession, and parsing it anew at each was a quarter of the
 * stations' CPU. The stored text is the key, so a changed order is parsed again.
 */
final class OrderJson {

    private static final int REMEMBERED = 2000;

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

    private final Map<String, ImportedOrder> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ImportedOrder> eldest) {
                    return size() > REMEMBERED;
                }
            });

    ImportedOrder read(String json) {
        ImportedOrder known = recent.get(json);
        if (known != null) {
            return known;
        }
        ImportedOrder order = parse(json);
        recent.put(json, order);
        return order;
    }

    private ImportedOrder parse(String json) {
        try {
            return mapper.readValue(json, ImportedOrder.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored order cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
