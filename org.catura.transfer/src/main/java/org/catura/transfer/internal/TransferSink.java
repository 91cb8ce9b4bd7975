package org.catura.transfer.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.transfer.api.Destination;
import org.catura.transfer.api.DestinationDirectory;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferQueue;
import org.catura.transfer.api.TransferRejectedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Sends queued files: looks the destination up in its owner's directory at the time of sending
 * (so the secret never sits in the outbox) and hands the file to the transport of its kind.
 */
@Component(service = OutboxSink.class)
public final class TransferSink implements OutboxSink {

    private final Transports transports;
    private final Map<String, DestinationDirectory> directories = new ConcurrentHashMap<>();
    private final TransferJson json = new TransferJson();

    @Activate
    public TransferSink(@Reference Transports transports) {
        this.transports = transports;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addDirectory(DestinationDirectory directory) {
        directories.put(directory.owner(), directory);
    }

    public void removeDirectory(DestinationDirectory directory) {
        directories.remove(directory.owner(), directory);
    }

    @Override
    public String topic() {
        return TransferQueue.TOPIC;
    }

    @Override
    public void deliver(OutboxMessage message) {
        TransferJson.Payload payload = json.read(message.payload());
        Destination destination = payload.target();
        try {
            transports.send(endpoint(destination), message.idempotencyKey(), payload.file());
        } catch (TransferRejectedException e) {
            throw new UndeliverableMessageException(e.getMessage(), e);
        }
    }

    private Endpoint endpoint(Destination destination) {
        DestinationDirectory directory = directories.get(destination.owner());
        if (directory == null) {
            // its plugin may still be starting, or run on another node only
            throw new TransferFailedException("No directory of '" + destination.owner() + "' destinations is"
                    + " registered here, so " + destination + " cannot be looked up; is the plugin started?");
        }
        Optional<Endpoint> endpoint = directory.endpoint(destination.name());
        return endpoint.orElseThrow(() -> new TransferRejectedException("Destination " + destination
                + " is not configured (any more); configure it, or discard the queued file"));
    }
}
