package org.catura.core.api.erp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.db.Tx;

/** Sales tax rates. */
public interface Taxes {

    /** The active sales taxes, the 0 % treatments among them ({@link Tax#exemption()}). */
    List<Tax> list(Tx tx);

    /** The tax with this rate for sales to the country, else one with this rate for any country. */
    Optional<Tax> findByRate(Tx tx, BigDecimal rate, String countryCode);

    /** The tax categories (C_TaxCategory) by id, with their names (Standard, Reduced, Super-reduced, Zero). */
    default Map<Integer, String> categories(Tx tx) {
        return Map.of();
    }

    /**
     * Countries outside the EU (ISO alpha-2) where the seller is registered for VAT and charges
     * that country's rate instead of exporting at 0 %; empty when it exports everywhere.
     */
    default Set<String> localVatCountries(Tx tx) {
        return Set.of();
    }
}
