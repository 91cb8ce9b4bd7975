package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.erp.Tax;
import org.junit.jupiter.api.Test;

class TaxChoiceTest {

    private static final List<Tax> TAXES = List.of(
            new Tax(105, "Standard any", new BigDecimal("19"), null, 1),
            new Tax(104, "Standard DE", new BigDecimal("19.00"), "DE", 1),
            new Tax(103, "Standard AT", new BigDecimal("20"), "AT", 1),
            new Tax(102, "Reduced any", new BigDecimal("7"), null, 2),
            new Tax(101, "Reduced any older", new BigDecimal("7.0"), null, 2));

    @Test
    void countrySpecificTaxWinsAndScaleDoesNotMatter() {
        assertEquals(104, TaxChoice.byRate(TAXES, new BigDecimal("19"), "de").orElseThrow().id());
    }

    @Test
    void fallsBackToATaxForAnyCountryWithTheLowestId() {
        assertEquals(105, TaxChoice.byRate(TAXES, new BigDecimal("19"), "FR").orElseThrow().id());
        assertEquals(101, TaxChoice.byRate(TAXES, new BigDecimal("7"), "DE").orElseThrow().id());
        assertEquals(105, TaxChoice.byRate(TAXES, new BigDecimal("19"), null).orElseThrow().id());
    }

    @Test
    void aTaxForAnotherCountryIsNeverChosen() {
        assertTrue(TaxChoice.byRate(TAXES, new BigDecimal("20"), "DE").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TaxChoice.byRate(TAXES, null, "DE"));
    }
}
