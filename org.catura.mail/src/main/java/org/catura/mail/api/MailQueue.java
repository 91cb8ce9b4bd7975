package org.catura.mail.api;

import org.catura.core.api.db.Tx;

/**
 * Queues mail through the outbox, in the caller's transaction: sent once the transaction has
 * committed, never if it rolls back, and once per idempotency key.
 */
public interface MailQueue {

    /** The outbox topic mail is queued under; its payload is the JSON form of {@link MailMessage}. */
    String TOPIC = "mail";

    /** @return true when queued now, false when this key was queued before */
    boolean queue(Tx tx, String idempotencyKey, MailMessage message);
}
