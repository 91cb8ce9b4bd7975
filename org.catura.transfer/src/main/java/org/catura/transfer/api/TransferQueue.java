package org.catura.transfer.api;

import org.catura.core.api.db.Tx;

/**
 * Queues a file for a destination through the outbox, in the caller's transaction: sent once
 * the transaction has committed, never if it rolls back, and once per idempotency key.
 */
public interface TransferQueue {

    /** The outbox topic files are queued under. */
    String TOPIC = "transfer";

    /** @return true when queued now, false when this key was queued before */
    boolean queue(Tx tx, String idempotencyKey, Destination destination, TransferFile file);
}
