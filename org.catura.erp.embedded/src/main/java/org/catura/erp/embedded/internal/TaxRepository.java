package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.TaxExemption;
import org.catura.core.api.erp.Taxes;

/**
 * C_Tax: sales tax rates by tax category and destination country (To_Country_ID; null for any
 * country), the 0 % treatments marked in TaxIndicator, listed through the {@link ReferenceCache};
 * the seller's countries outside the EU with VAT of their own in AD_SysConfig.
 */
public final class TaxRepository implements Taxes {

    private static final String SELECT = """
            SELECT t.C_Tax_ID, t.Name, t.Rate, c.CountryCode, t.C_TaxCategory_ID, t.TaxIndicator, t.Description
              FROM C_Tax t LEFT JOIN C_Country c ON c.C_Country_ID = t.To_Country_ID
            """;

    /** AD_SysConfig key: countries outside the EU where the seller charges VAT (comma-separated ISO codes). */
    public static final String LOCAL_VAT_COUNTRIES = "CATURA_LOCAL_VAT_COUNTRIES";

    private final ReferenceCache cache;

    /** Uncached, for master data maintenance. */
    public TaxRepository() {
        this(ReferenceCache.none());
    }

    TaxRepository(ReferenceCache cache) {
        this.cache = cache;
    }

    @Override
    public List<Tax> list(Tx tx) {
        return cache.get("taxes", "active", () -> List.copyOf(Sql.list(tx, SELECT
                + " WHERE t.IsActive = 'Y' ORDER BY c.CountryCode NULLS LAST, t.Rate DESC, t.C_Tax_ID",
                TaxRepository::tax)));
    }

    @Override
    public Optional<Tax> findByRate(Tx tx, BigDecimal rate, String countryCode) {
        if (rate == null) {
            throw new ErpException("Tax rate is missing");
        }
        String country = countryCode == null || countryCode.isBlank() ? null
                : ReferenceData.normaliseCountry(countryCode);
        // The country's own rate first; then a rate valid for any country; the default category before others.
        return Sql.list(tx, SELECT + """
                  JOIN C_TaxCategory tc ON tc.C_TaxCategory_ID = t.C_TaxCategory_ID
                 WHERE t.IsActive = 'Y' AND t.Rate = ? AND (c.CountryCode = ? OR t.To_Country_ID IS NULL)
                   AND t.TaxIndicator IS NULL
                 ORDER BY (t.To_Country_ID IS NULL), (tc.IsDefault = 'Y') DESC, t.C_Tax_ID
                """, TaxRepository::tax, rate, country).stream().findFirst();
    }

    @Override
    public Map<Integer, String> categories(Tx tx) {
        return cache.get("tax-categories", "all", () -> Map.copyOf(Sql.list(tx,
                "SELECT C_TaxCategory_ID, Name FROM C_TaxCategory WHERE IsActive = 'Y'",
                rs -> Map.entry(rs.getInt(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    @Override
    public Set<String> localVatCountries(Tx tx) {
        return cache.get("sysconfig", LOCAL_VAT_COUNTRIES, () -> SysConfig.countries(Sql.one(tx,
                "SELECT Value FROM AD_SysConfig WHERE Name = ? AND IsActive = 'Y'", rs -> rs.getString(1),
                LOCAL_VAT_COUNTRIES).orElse(null)));
    }

    /** The rate of an active tax, or a clear refusal. */
    BigDecimal rateOf(Tx tx, int taxId) {
        return cache.find("tax-rate", taxId, () -> Sql.one(tx,
                "SELECT Rate FROM C_Tax WHERE C_Tax_ID = ? AND IsActive = 'Y'", rs -> rs.getBigDecimal(1), taxId))
                .orElseThrow(() -> new ErpException("Tax " + taxId + " does not exist or is inactive"));
    }

    private static Tax tax(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Tax(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getInt(5),
                TaxExemption.ofIndicator(rs.getString(6)), rs.getString(7));
    }
}
