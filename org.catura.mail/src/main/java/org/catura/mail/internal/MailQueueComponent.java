package org.catura.mail.internal;

import java.util.Map;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.Outbox;
import org.catura.mail.api.MailMessage;
import org.catura.mail.api.MailQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MailQueue} on the outbox. */
@Component(service = MailQueue.class)
public final class MailQueueComponent implements MailQueue {

    private final Outbox outbox;
    private final MailJson json = new MailJson();

    @Activate
    public MailQueueComponent(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean queue(Tx tx, String idempotencyKey, MailMessage message) {
        return outbox.enqueue(tx, TOPIC, idempotencyKey, json.write(message));
    }

    @Override
    public boolean queue(Tx tx, String idempotencyKey, MailMessage message, Map<String, ?> about) {
        return outbox.enqueue(tx, TOPIC, idempotencyKey, json.write(message, about));
    }
}
