package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the eligible services are ranked: by price plus {@code pricePerTransitDay} for every day in
 * transit, then by transit days, then by the service's id (so equal candidates always come in
 * the same order). Zero (the default): the cheapest wins and the faster breaks a tie.
 */
public record Weighting(BigDecimal pricePerTransitDay) {

    public static final Weighting CHEAPEST_THEN_FASTEST = new Weighting(BigDecimal.ZERO);

    public Weighting {
        Objects.requireNonNull(pricePerTransitDay, "pricePerTransitDay");
        if (pricePerTransitDay.signum() < 0) {
            throw new IllegalArgumentException("The price of a transit day must not be negative, was "
                    + pricePerTransitDay.toPlainString());
        }
    }

    BigDecimal score(Candidate c) {
        return score(c.price(), c.transitDays());
    }

    BigDecimal score(BigDecimal price, int transitDays) {
        return pricePerTransitDay.signum() == 0 ? price
                : price.add(pricePerTransitDay.multiply(BigDecimal.valueOf(transitDays)));
    }
}
