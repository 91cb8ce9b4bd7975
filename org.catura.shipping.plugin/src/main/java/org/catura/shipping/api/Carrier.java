package org.catura.shipping.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier or fulfilment partner as configured (CAT_Carrier). {@code value} is its search key
 * (e.g. {@code dhl}), {@code name} the ERP's carrier name (M_Shipper.Name) and what Amazon is told
 * when no carrier code fits; {@code warehouseId} the M_Warehouse its parcels ship from;
 * {@code trackingUrlPattern} holds {@code {trackingNo}} where the number goes.
 */
public record Carrier(int id, String value, String name, CarrierKind kind, int warehouseId,
        String amazonCarrierCode, String amazonCarrierName, String trackingUrlPattern, boolean active) {

    public Carrier {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The public tracking page of a parcel; empty when no pattern is configured. */
    public Optional<String> trackingUrl(String trackingNo) {
        if (trackingUrlPattern == null || trackingUrlPattern.isBlank() || trackingNo == null || trackingNo.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(trackingUrlPattern.strip().replace("{trackingNo}",
                URLEncoder.encode(trackingNo.strip(), StandardCharsets.UTF_8)));
    }
}
