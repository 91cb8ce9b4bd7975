package org.catura.erp.adempiere.mapping;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.TaxExemption;

/**
 * How iDempiere's C_Tax rows and settings become the port's: a 0 % tax whose TaxIndicator is
 * {@code ICS} or {@code EXP} is the intra-Community supply or the export (a mark on any other
 * rate is a printing code, nothing more); the legal note is C_Tax.Description.
 */
public final class TaxRows {

    /** AD_SysConfig key (per client/organisation): Y when the seller declares EU distance sales through the OSS. */
    public static final String OSS = "CATURA_OSS";
    /** AD_SysConfig key: countries outside the EU whose VAT the seller charges (comma-separated ISO codes). */
    public static final String LOCAL_VAT_COUNTRIES = "CATURA_LOCAL_VAT_COUNTRIES";

    private TaxRows() {
    }

    public static Tax of(int id, String name, BigDecimal rate, String countryCode, int categoryId, String indicator,
            String description) {
        TaxExemption exemption = rate != null && rate.signum() == 0 ? TaxExemption.ofIndicator(indicator) : null;
        String note = description == null || description.isBlank() ? null : description.strip();
        return new Tax(id, name, rate, countryCode, categoryId, exemption, note);
    }

    /** A comma-, semicolon- or blank-separated list of ISO codes, upper case; empty for null. */
    public static Set<String> countries(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .map(s -> s.strip().toUpperCase(Locale.ROOT)).map(s -> "UK".equals(s) ? "GB" : s)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** AD_SysConfig's yes: Y, true or yes in any case. */
    public static boolean yes(String value) {
        return value != null && Set.of("Y", "YES", "TRUE").contains(value.strip().toUpperCase(Locale.ROOT));
    }
}
