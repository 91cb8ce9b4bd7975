package org.catura.shipping.internal.dhl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.catura.core.api.outbox.UndeliverableMessageException;

/**
 * The outbox message transmission queues for a DHL shipment (brief contract 3):
 * {@code {"shipmentId":1000123,"orderId":42,"reference":"CAT-1000123","carrier":"dhl"}}.
 */
record DhlPayload(int shipmentId, long orderId, String reference, String carrier) {

    static DhlPayload parse(ObjectMapper json, String payload) {
        JsonNode node;
        try {
            node = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UndeliverableMessageException("The shipping-dhl message is no JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.path("shipmentId").canConvertToInt() || node.path("shipmentId").asInt() <= 0
                || !node.path("orderId").canConvertToLong() || node.path("reference").asText("").isBlank()
                || node.path("carrier").asText("").isBlank()) {
            throw new UndeliverableMessageException("The shipping-dhl message lacks shipmentId, orderId, reference or"
                    + " carrier: " + payload);
        }
        return new DhlPayload(node.get("shipmentId").asInt(), node.get("orderId").asLong(),
                node.get("reference").asText(), node.get("carrier").asText());
    }
}
