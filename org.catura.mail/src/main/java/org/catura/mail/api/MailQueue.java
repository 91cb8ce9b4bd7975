package org.catura.mail.api;

import java.util.Map;
import org.catura.core.api.db.Tx;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Queues mail through the outbox, in the caller's transaction: sent once the transaction has
 * committed, never if it rolls back, and once per idempotency key.
 */
@ProviderType
public interface MailQueue {

    /** The outbox topic mail is queued under; its payload is the JSON form of {@link MailMessage}. */
    String TOPIC = "mail";

    /** @return true when queued now, false when this key was queued before */
    boolean queue(Tx tx, String idempotencyKey, MailMessage message);

    /**
     * Queues a mail with what it is about ({@code about}: a ticket id, an order id), stored beside
     * the mail in the outbox payload for whoever reads the outbox, and not sent.
     *
     * @param about JSON-able values by name; a name of a mail field ("to", "subject", …) is refused
     * @return true when queued now, false when this key was queued before
     */
    boolean queue(Tx tx, String idempotencyKey, MailMessage message, Map<String, ?> about);
}
