package org.catura.core.api.outbox;

/** A queued message as handed to its sink; {@code attempt} counts from 1. */
public record OutboxMessage(long id, String topic, String idempotencyKey, String payload, int attempt) {
}
