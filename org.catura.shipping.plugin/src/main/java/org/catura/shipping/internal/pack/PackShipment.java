package org.catura.shipping.internal.pack;

import java.time.Instant;

/**
 * A shipment the own warehouse packs: transmitted to the pack page, not yet confirmed.
 * {@code orderReference} is the channel's order id (the Amazon order id); {@code waveNo} null
 * while it is in no wave.
 */
public record PackShipment(int shipmentId, long orderId, String reference, String orderReference, String carrier,
        String carrierName, String serviceName, Instant transmittedAt, Instant confirmDueAt, String waveNo) {

    public boolean overdue(Instant now) {
        return confirmDueAt != null && confirmDueAt.isBefore(now);
    }
}
