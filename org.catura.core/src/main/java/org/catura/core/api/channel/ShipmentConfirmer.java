package org.catura.core.api.channel;

import org.catura.core.api.db.Tx;
import org.osgi.annotation.versioning.ConsumerType;

/** A channel that wants to be told what was shipped (Amazon: confirmShipment, with carrier and tracking). */
@ConsumerType
public interface ShipmentConfirmer extends ChannelConnector {

    /**
     * Queues the confirmation of one package in the station's transaction, through the outbox
     * with an idempotency key of the order and the package: it leaves once the transaction
     * commits, and a package is confirmed once however often this is called for it.
     *
     * @return true when queued now, false when this package was queued before
     * @throws IllegalArgumentException when the channel cannot take the package as it is; the message says why
     */
    boolean confirmShipment(Tx tx, ShippedPackage shipped);
}
