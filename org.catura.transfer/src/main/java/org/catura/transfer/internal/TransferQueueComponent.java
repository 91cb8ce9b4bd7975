package org.catura.transfer.internal;

import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.Outbox;
import org.catura.transfer.api.Destination;
import org.catura.transfer.api.TransferFile;
import org.catura.transfer.api.TransferQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link TransferQueue} on the outbox. */
@Component(service = TransferQueue.class)
public final class TransferQueueComponent implements TransferQueue {

    private final Outbox outbox;
    private final TransferJson json = new TransferJson();

    @Activate
    public TransferQueueComponent(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean queue(Tx tx, String idempotencyKey, Destination destination, TransferFile file) {
        return outbox.enqueue(tx, TOPIC, idempotencyKey, json.write(destination, file));
    }
}
