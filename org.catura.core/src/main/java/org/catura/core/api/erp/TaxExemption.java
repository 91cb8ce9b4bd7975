package org.catura.core.api.erp;

/**
 * The two 0 % treatments of a sale of goods, each a C_Tax row of its own (rate 0, marked by
 * {@link #indicator()} in C_Tax.TaxIndicator) whose legal note (C_Tax.Description) the invoice
 * prints.
 */
public enum TaxExemption {

    /**
     * Tax-exempt intra-Community supply to a business buyer with a VAT id of another member state
     * (Art. 138 Directive 2006/112/EC; Germany § 4 Nr. 1 b, § 6a UStG): the buyer accounts for the
     * VAT of the acquisition in its country.
     */
    INTRA_COMMUNITY_SUPPLY("ICS", "Tax-exempt intra-Community supply (Art. 138 Directive 2006/112/EC;"
            + " § 4 Nr. 1b, § 6a UStG); the customer accounts for the VAT (acquisition in the member state"
            + " of arrival)"),

    /** Tax-exempt export of goods out of the EU (Art. 146 Directive 2006/112/EC; § 4 Nr. 1 a, § 6 UStG). */
    EXPORT("EXP", "Tax-exempt export delivery (Art. 146 Directive 2006/112/EC; § 4 Nr. 1a, § 6 UStG)");

    private final String indicator;
    private final String defaultNote;

    TaxExemption(String indicator, String defaultNote) {
        this.indicator = indicator;
        this.defaultNote = defaultNote;
    }

    /** What C_Tax.TaxIndicator holds on the row of this treatment. */
    public String indicator() {
        return indicator;
    }

    /** The legal note shipped with the reference data, used when the row has none. */
    public String defaultNote() {
        return defaultNote;
    }

    /** The treatment marked by a C_Tax.TaxIndicator, or null for an ordinary tax. */
    public static TaxExemption ofIndicator(String indicator) {
        if (indicator == null) {
            return null;
        }
        for (TaxExemption e : values()) {
            if (e.indicator.equalsIgnoreCase(indicator.strip())) {
                return e;
            }
        }
        return null;
    }
}
