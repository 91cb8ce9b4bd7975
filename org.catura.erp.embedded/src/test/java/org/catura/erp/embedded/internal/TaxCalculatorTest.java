package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.erp.TaxAmount;
import org.junit.jupiter.api.Test;

class TaxCalculatorTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void lineNetIsQtyTimesPriceRoundedHalfUpToCents() {
        assertEquals(d("1.01"), TaxCalculator.lineNetAmt(d("3"), d("0.335")));
        assertEquals(d("1.00"), TaxCalculator.lineNetAmt(d("3"), d("0.3349")));
        assertEquals(d("-5.00"), TaxCalculator.lineNetAmt(d("1"), d("-5")));
    }

    @Test
    void taxIncludedExtractsTaxPerRateAndGrandTotalEqualsLines() {
        TaxCalculator.Totals t = TaxCalculator.totals(List.of(
                new TaxCalculator.TaxedLine(1, d("19"), d("23.80")),
                new TaxCalculator.TaxedLine(2, d("7"), d("21.40")),
                new TaxCalculator.TaxedLine(1, d("19"), d("4.99"))), true);
        assertEquals(d("50.19"), t.totalLines());
        assertEquals(d("50.19"), t.grandTotal());
        // 28.79 × 19 / 119 = 4.5967… → 4.60; 21.40 × 7 / 107 = 1.40
        assertEquals(List.of(new TaxAmount(1, d("19"), d("24.19"), d("4.60")),
                new TaxAmount(2, d("7"), d("20.00"), d("1.40"))), t.taxes());
    }

    @Test
    void taxExcludedAddsTaxPerRateRoundedOnceOverTheRatesLines() {
        TaxCalculator.Totals t = TaxCalculator.totals(List.of(
                new TaxCalculator.TaxedLine(5, d("19"), d("29.97")),
                new TaxCalculator.TaxedLine(5, d("19"), d("5.00")),
                new TaxCalculator.TaxedLine(3, d("7"), d("15.50"))), false);
        assertEquals(d("50.47"), t.totalLines());
        // 34.97 × 0.19 = 6.6443 → 6.64; 15.50 × 0.07 = 1.085 → 1.09 (half up)
        assertEquals(List.of(new TaxAmount(3, d("7"), d("15.50"), d("1.09")),
                new TaxAmount(5, d("19"), d("34.97"), d("6.64"))), t.taxes());
        assertEquals(d("58.20"), t.grandTotal());
    }

    @Test
    void noLinesGiveZeroTotals() {
        TaxCalculator.Totals t = TaxCalculator.totals(List.of(), false);
        assertEquals(d("0.00"), t.totalLines());
        assertEquals(d("0.00"), t.grandTotal());
        assertEquals(List.of(), t.taxes());
    }
}
