package org.catura.core.api.outbox;

import java.time.Instant;

/**
 * A message the outbox gave up on: refused for good, or its attempts used up. Without its
 * payload, which may hold a buyer's data. {@code parkedAt} is null for messages parked before
 * the outbox recorded it.
 */
public record ParkedMessage(long id, String topic, String idempotencyKey, int attempts, String lastError,
        Instant createdAt, Instant parkedAt) {
}
