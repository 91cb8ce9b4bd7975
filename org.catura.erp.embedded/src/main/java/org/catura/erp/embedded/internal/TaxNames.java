package org.catura.erp.embedded.internal;

import java.math.BigDecimal;

/** The name a tax rate gets when nobody gave it one: "FR VAT 5.5% reduced". */
public final class TaxNames {

    private TaxNames() {
    }

    /** @param category a C_TaxCategory name or its command-line word; null or Standard adds nothing */
    public static String of(String countryCode, BigDecimal rate, String category) {
        String pct = rate.stripTrailingZeros().toPlainString() + "%";
        String base = countryCode == null ? "Tax " + pct
                : ("US".equals(countryCode) ? "US sales tax " : countryCode + " VAT ") + pct;
        String name = TaxReferenceData.category(category == null ? "standard" : category);
        return name == null || "Standard".equals(name) ? base : base + " " + name.toLowerCase(java.util.Locale.ROOT);
    }
}
