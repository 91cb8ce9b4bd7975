package org.catura.shipping.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One parcel a carrier confirmed. {@code lines} empty: the parcel holds the whole shipment (or,
 * with several parcels, an unknown part of it). {@code replacesTrackingNo}: the carrier reports
 * a final number for a parcel it confirmed before under that one.
 */
public record ConfirmedParcel(String trackingNo, String replacesTrackingNo, BigDecimal weightKg, List<Line> lines) {

    public ConfirmedParcel {
        Objects.requireNonNull(trackingNo, "trackingNo");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static ConfirmedParcel of(String trackingNo) {
        return new ConfirmedParcel(trackingNo, null, null, List.of());
    }

    /** {@code quantity} of the product with search key {@code sku}. */
    public record Line(String sku, BigDecimal quantity) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
