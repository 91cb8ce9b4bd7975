package org.catura.erp.adempiere.mapping;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.erp.Tax;

/** Picks the sales tax for a rate and destination, as {@code Taxes.findByRate} promises. */
public final class TaxChoice {

    private TaxChoice() {
    }

    /** The tax with this rate for the country; else one with this rate for any country; lowest id wins. */
    public static Optional<Tax> byRate(List<Tax> taxes, BigDecimal rate, String countryCode) {
        if (rate == null) {
            throw new IllegalArgumentException("Tax rate is missing");
        }
        String country = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
        Comparator<Tax> byId = Comparator.comparingInt(Tax::id);
        List<Tax> sameRate = taxes.stream().filter(t -> t.rate() != null && t.rate().compareTo(rate) == 0).toList();
        Optional<Tax> forCountry = country == null ? Optional.empty()
                : sameRate.stream().filter(t -> country.equalsIgnoreCase(t.countryCode())).min(byId);
        return forCountry.or(() -> sameRate.stream().filter(t -> t.countryCode() == null).min(byId));
    }
}
