package org.catura.core.api.erp;

import java.math.BigDecimal;

/**
 * C_Tax: a rate in percent of a tax category (C_TaxCategory), for sales to {@code countryCode}
 * (null: any country). {@code exemption} marks the rows of the 0 % treatments (null for an
 * ordinary rate); {@code legalNote} (C_Tax.Description) is what an invoice prints for it.
 */
public record Tax(int id, String name, BigDecimal rate, String countryCode, int taxCategoryId,
        TaxExemption exemption, String legalNote) {

    /** An ordinary rate without a legal note. */
    public Tax(int id, String name, BigDecimal rate, String countryCode, int taxCategoryId) {
        this(id, name, rate, countryCode, taxCategoryId, null, null);
    }

    /** The note an invoice prints for this tax: its own, else the treatment's standard one; null for none. */
    public String invoiceNote() {
        if (legalNote != null && !legalNote.isBlank()) {
            return legalNote;
        }
        return exemption == null ? null : exemption.defaultNote();
    }
}
