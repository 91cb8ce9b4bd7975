package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.Objects;

/** A service's price and transit days to a zone for parcels up to {@code maxWeightKg} (CAT_ShippingRate). */
public record Rate(String zone, BigDecimal maxWeightKg, BigDecimal price, int transitDays) {

    public Rate {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(maxWeightKg, "maxWeightKg");
        Objects.requireNonNull(price, "price");
    }
}
