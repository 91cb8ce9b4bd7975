package org.catura.webui.api.extension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order's shipping as pages show it: carrier and service (null while none is chosen), the
 * matrix's summary and one line per excluded service, when it was transmitted and until when the
 * carrier's confirmation is due, and the parcels with their tracking pages.
 */
public record OrderShippingFacts(long orderId, String carrier, String carrierName, String service,
        String serviceName, BigDecimal price, Integer transitDays, String decision, List<String> exclusions,
        Instant transmittedAt, Instant confirmationDueAt, boolean overdue, List<Parcel> parcels) {

    public OrderShippingFacts {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
    }

    /** {@code trackingUrl} null when the carrier has no tracking page configured. */
    public record Parcel(int shipmentId, int parcelNo, String trackingNo, String trackingUrl, Instant shippedAt) {
    }

    public List<String> trackingNumbers() {
        return parcels.stream().map(Parcel::trackingNo).toList();
    }
}
