package org.catura.core.internal.station.salesorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.erp.Tax;

/**
 * Channels report tax as an amount, the ERP wants a tax rate: take the destination country's
 * rate whose tax on the price comes closest to the reported amount, within two cents of
 * rounding (a derived percentage is too coarse on small amounts).
 */
public final class TaxRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    /** The rate in percent that {@code tax} represents on {@code price} (gross when taxIncluded). */
    public static BigDecimal rateOf(BigDecimal price, BigDecimal tax, boolean taxIncluded) {
        BigDecimal base = taxIncluded ? price.subtract(tax) : price;
        if (base.signum() <= 0 || tax == null || tax.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return tax.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }

    /** The tax {@code rate} puts on {@code price} (gross when taxIncluded), to the cent. */
    static BigDecimal taxOf(BigDecimal price, BigDecimal rate, boolean taxIncluded) {
        BigDecimal divisor = taxIncluded ? HUNDRED.add(rate) : HUNDRED;
        return price.multiply(rate).divide(divisor, 2, RoundingMode.HALF_UP);
    }

    /**
     * The country's tax (or a country-neutral one) that explains {@code tax} on {@code price}
     * best, if one does within rounding.
     */
    public static Optional<Tax> matching(List<Tax> taxes, BigDecimal price, BigDecimal tax, boolean taxIncluded,
            String countryCode) {
        BigDecimal reported = tax == null ? BigDecimal.ZERO : tax;
        return taxes.stream()
                .filter(t -> t.countryCode() == null || t.countryCode().equalsIgnoreCase(countryCode))
                .filter(t -> error(t, price, reported, taxIncluded).compareTo(TOLERANCE) <= 0)
                .min(Comparator.<Tax, BigDecimal>comparing(t -> error(t, price, reported, taxIncluded))
                        .thenComparing(t -> t.countryCode() == null ? 1 : 0));
    }

    private static BigDecimal error(Tax t, BigDecimal price, BigDecimal tax, boolean taxIncluded) {
        return taxOf(price, t.rate(), taxIncluded).subtract(tax).abs();
    }
}
