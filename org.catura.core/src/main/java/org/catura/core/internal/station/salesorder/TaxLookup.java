package org.catura.core.internal.station.salesorder;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.erp.Tax;

/**
 * Finds the C_Tax row of a {@link TaxDetermination.Decision}: for a 0 % treatment the row marked
 * with it; otherwise the row of the product's tax category for the country whose rate applies.
 * A row for any country (no To_Country) stands in where the country has none of its own only
 * for a 0 % category (zero-rated goods are 0 % everywhere) and for the seller's own country (an
 * ERP set up for domestic sales only).
 */
final class TaxLookup {

    private TaxLookup() {
    }

    static Optional<Tax> find(List<Tax> taxes, TaxDetermination.Decision decision, int taxCategoryId,
            String sellerCountry) {
        Comparator<Tax> byId = Comparator.comparingInt(Tax::id);
        if (decision.exempt()) {
            return taxes.stream().filter(t -> t.exemption() == decision.exemption()).min(byId);
        }
        String country = decision.rateCountry();
        List<Tax> ofCategory = taxes.stream().filter(t -> t.exemption() == null)
                .filter(t -> t.taxCategoryId() == taxCategoryId).toList();
        Optional<Tax> own = ofCategory.stream()
                .filter(t -> country.equals(TaxDetermination.code(t.countryCode()))).min(byId);
        if (own.isPresent()) {
            return own;
        }
        boolean sellersCountry = country.equals(TaxDetermination.code(sellerCountry));
        return ofCategory.stream().filter(t -> t.countryCode() == null)
                .filter(t -> sellersCountry || t.rate().signum() == 0).min(byId);
    }

    /** Whether Amazon's tax contradicts the ERP's by more than rounding: a cent a piece, two at least. */
    static boolean contradicts(BigDecimal expected, BigDecimal reported, BigDecimal quantity) {
        BigDecimal tolerance = new BigDecimal("0.01").multiply(quantity == null ? BigDecimal.ONE : quantity)
                .max(new BigDecimal("0.02"));
        return expected.subtract(reported).abs().compareTo(tolerance) > 0;
    }
}
