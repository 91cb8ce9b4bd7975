package org.catura.core.api.process;

import java.time.Instant;
import java.util.Map;

/** An order's process row as the cockpit and the command line show it. */
public record OrderProcessView(long orderId, String channel, String externalId, OrderState state,
        int attempts, String lastError, Instant nextAttemptAt, boolean parked, Instant receivedAt,
        Instant updatedAt, Map<DocumentKind, Integer> documents) {

    public OrderProcessView {
        documents = Map.copyOf(documents);
    }
}
