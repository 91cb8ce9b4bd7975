package org.catura.erp.embedded.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.erp.ErpException;

/** Values of AD_SysConfig as the ERP's settings read them. */
final class SysConfig {

    private SysConfig() {
    }

    /** A comma-separated list of ISO country codes, upper case; empty for null or blank. */
    static Set<String> countries(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .map(ReferenceData::normaliseCountry).peek(SysConfig::requireAlpha2)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void requireAlpha2(String code) {
        if (!code.matches("[A-Z]{2}")) {
            throw new ErpException("'" + code + "' is no ISO 3166-1 alpha-2 country code (e.g. GB, CH)");
        }
    }
}
