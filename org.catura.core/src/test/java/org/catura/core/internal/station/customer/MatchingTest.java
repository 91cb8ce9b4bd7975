package org.catura.core.internal.station.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.customer.NormalForm;
import org.catura.core.api.erp.Tax;
import org.catura.core.internal.station.salesorder.TaxRates;
import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void namesMatchWhateverTheCaseAccentsPunctuationAndWordOrder() {
        assertEquals(NormalForm.name("Hans Müller"), NormalForm.name("MÜLLER, Hans"));
        assertEquals(NormalForm.name("José  García"), NormalForm.name("garcia jose"));
        assertNotEquals(NormalForm.name("Hans Müller"), NormalForm.name("Hans Mueller-Lüdenscheidt"));
    }

    @Test
    void streetsMatchWithTheUsualAbbreviations() {
        assertEquals(NormalForm.street("Hauptstraße 5"), NormalForm.street("Hauptstr. 5"));
        assertEquals(NormalForm.street("Hauptstrasse 5"), NormalForm.street("Hauptstr.5"));
        assertEquals(NormalForm.street("12 Baker St"), NormalForm.street("12 baker street"));
        assertNotEquals(NormalForm.street("Hauptstraße 5"), NormalForm.street("Hauptstraße 15"));
        assertEquals("10115", NormalForm.postal(" 10 115 "));
        assertEquals("SW1A1AA", NormalForm.postal("sw1a 1aa"));
    }

    @Test
    void taxRatesAreDerivedFromAmountsAndSnappedToTheCountrysRate() {
        assertEquals(new BigDecimal("19.00"), TaxRates.rateOf(new BigDecimal("19.98"), new BigDecimal("3.19"), true));
        assertEquals(new BigDecimal("20.00"), TaxRates.rateOf(new BigDecimal("10.00"), new BigDecimal("2.00"), false));
        assertEquals(BigDecimal.ZERO, TaxRates.rateOf(new BigDecimal("10.00"), BigDecimal.ZERO, true));
        List<Tax> taxes = List.of(new Tax(1, "DE 19", new BigDecimal("19"), "DE", 1),
                new Tax(2, "DE 7", new BigDecimal("7"), "DE", 2), new Tax(3, "FR 20", new BigDecimal("20"), "FR", 1),
                new Tax(4, "Exempt", BigDecimal.ZERO, null, 3));
        assertEquals(1, TaxRates.matching(taxes, new BigDecimal("19.98"), new BigDecimal("3.19"), true, "DE")
                .orElseThrow().id());
        assertEquals(1, TaxRates.matching(taxes, new BigDecimal("0.10"), new BigDecimal("0.02"), true, "DE")
                .orElseThrow().id(), "rounding on a tiny amount still finds 19 %");
        assertEquals(2, TaxRates.matching(taxes, new BigDecimal("10.70"), new BigDecimal("0.70"), true, "DE")
                .orElseThrow().id());
        assertTrue(TaxRates.matching(taxes, new BigDecimal("12.00"), new BigDecimal("2.00"), true, "DE").isEmpty(),
                "20 % is no German rate");
        assertEquals(3, TaxRates.matching(taxes, new BigDecimal("12.00"), new BigDecimal("2.00"), true, "FR")
                .orElseThrow().id());
        assertEquals(4, TaxRates.matching(taxes, new BigDecimal("10.00"), BigDecimal.ZERO, true, "US")
                .orElseThrow().id());
    }
}
