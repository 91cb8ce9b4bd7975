package org.catura.core.api.erp;

import java.util.Locale;
import java.util.Set;

/**
 * The 27 member states of the European Union (ISO 3166-1 alpha-2), the VAT area within which
 * goods move as intra-Community supplies and distance sales; anything else is an export.
 */
public final class EuCountries {

    public static final Set<String> MEMBERS = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private EuCountries() {
    }

    /** Whether the country (ISO alpha-2; EL is taken as Greece) is an EU member state. */
    public static boolean contains(String countryCode) {
        if (countryCode == null) {
            return false;
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        return MEMBERS.contains("EL".equals(code) ? "GR" : code);
    }
}
