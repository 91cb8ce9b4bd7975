package org.catura.core.internal.stations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.erp.Tax;

/**
 * Channels report tax as an amount, the ERP wants a tax rate: derive the rate from price and
 * tax and take the ERP's rate for the destination country that is nearest, within a point.
 */
final class TaxRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;

    /** The rate in percent that {@code tax} represents on {@code price} (gross when taxIncluded). */
    static BigDecimal rateOf(BigDecimal price, BigDecimal tax, boolean taxIncluded) {
        BigDecimal base = taxIncluded ? price.subtract(tax) : price;
        if (base.signum() <= 0 || tax == null || tax.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return tax.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }

    /** The country's tax (or a country-neutral one) whose rate is nearest to {@code rate}, within a point. */
    static Optional<Tax> nearest(List<Tax> taxes, BigDecimal rate, String countryCode) {
        return taxes.stream()
                .filter(t -> t.countryCode() == null || t.countryCode().equalsIgnoreCase(countryCode))
                .filter(t -> t.rate().subtract(rate).abs().compareTo(TOLERANCE) <= 0)
                .min(Comparator.<Tax, BigDecimal>comparing(t -> t.rate().subtract(rate).abs())
                        .thenComparing(t -> t.countryCode() == null ? 1 : 0));
    }
}
