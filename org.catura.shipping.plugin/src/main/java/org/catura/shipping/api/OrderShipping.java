package org.catura.shipping.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where an order's shipping stands, for the cockpit, the order page, the REST API and the command
 * line. Carrier and service null while none is chosen; {@code decision} the matrix's summary (the
 * chosen service and why, or why none was eligible); {@code exclusions} one line per excluded
 * service ("DHL Paket: weight 31.6 kg > 31.5 kg max"); {@code confirmationDueAt} when the
 * watchdog expects the carrier's confirmation, null once confirmed or before transmission.
 */
public record OrderShipping(long orderId, String carrier, String carrierName, String service, String serviceName,
        BigDecimal price, Integer transitDays, String decision, List<String> exclusions, Instant transmittedAt,
        Instant confirmationDueAt, boolean overdue, List<TrackedParcel> parcels) {

    public OrderShipping {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
    }
}
