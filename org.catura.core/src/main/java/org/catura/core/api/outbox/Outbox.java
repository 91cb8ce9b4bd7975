package org.catura.core.api.outbox;

import org.catura.core.api.db.Tx;

/**
 * Everything that leaves the system is written here in the transaction that decided it, and
 * sent later by the dispatcher through the {@link OutboxSink} for its topic.
 */
public interface Outbox {

    /**
     * Queues a message. The same idempotency key twice queues it once; sinks pass the key on
     * so that a resend after a crash has no second visible effect.
     *
     * @return true when queued now, false when the key was known
     */
    boolean enqueue(Tx tx, String topic, String idempotencyKey, String payload);
}
