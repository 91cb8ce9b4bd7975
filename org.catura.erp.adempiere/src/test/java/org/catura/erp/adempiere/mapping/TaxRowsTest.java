package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.TaxExemption;
import org.junit.jupiter.api.Test;

class TaxRowsTest {

    @Test
    void aZeroTaxMarkedIcsOrExpIsThatTreatmentWithItsDescriptionAsLegalNote() {
        Tax ics = TaxRows.of(7, "IG Lieferung", BigDecimal.ZERO, null, 4, " ics ", "Steuerfreie ig. Lieferung");
        assertEquals(TaxExemption.INTRA_COMMUNITY_SUPPLY, ics.exemption());
        assertEquals("Steuerfreie ig. Lieferung", ics.invoiceNote());
        Tax export = TaxRows.of(8, "Export", new BigDecimal("0.00"), null, 4, "EXP", " ");
        assertEquals(TaxExemption.EXPORT, export.exemption());
        assertEquals(TaxExemption.EXPORT.defaultNote(), export.invoiceNote(), "the standard note without a description");
    }

    @Test
    void aMarkOnAnotherRateOrAnotherMarkIsAPrintingCodeOnly() {
        assertNull(TaxRows.of(1, "DE 19", new BigDecimal("19"), "DE", 1, "EXP", null).exemption());
        assertNull(TaxRows.of(2, "Zero", BigDecimal.ZERO, null, 4, "Z", null).exemption());
        assertNull(TaxRows.of(3, "Zero", BigDecimal.ZERO, null, 4, null, null).invoiceNote());
    }

    @Test
    void settingsReadAsIsoCodesAndYes() {
        assertEquals(Set.of("GB", "CH"), TaxRows.countries(" uk, ch ;"));
        assertEquals(Set.of(), TaxRows.countries(null));
        assertTrue(TaxRows.yes("Y") && TaxRows.yes(" true") && TaxRows.yes("yes"));
        assertFalse(TaxRows.yes("N") || TaxRows.yes(null) || TaxRows.yes(""));
    }
}
