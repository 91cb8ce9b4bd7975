package org.catura.shipping.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's word that a shipment left, as one of the readers understood it.
 *
 * @param carrier     the carrier's search key (CAT_Carrier.Value) the message came through
 * @param reference   the shipment reference Catura sent with the transmission
 *                    ({@link ShippingReferences#of}); null when the carrier only gave the order id
 * @param orderReference the channel's order id (the Amazon order id) if the carrier echoed it; null otherwise
 * @param shippedAt   when the carrier took the parcels; null: when the confirmation arrived
 * @param rawName     the file name or mail subject the confirmation came as
 * @param raw         the message or file as received, kept beside what was recorded
 */
public record CarrierConfirmation(String carrier, String reference, String orderReference, Instant shippedAt,
        List<ConfirmedParcel> parcels, ConfirmationSource source, String rawName, byte[] raw) {

    public CarrierConfirmation {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(source, "source");
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
        raw = raw == null ? new byte[0] : raw;
    }
}
