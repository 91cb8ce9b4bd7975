package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.catura.core.api.erp.TaxAmount;

/**
 * Line amounts, taxes per rate and totals of an order or invoice, as iDempiere computes them:
 * line net = qty × price (2 decimals, half up); tax per C_Tax over the sum of its lines. With
 * prices including tax the tax is extracted (gross × rate / (100 + rate)) and the grand total is
 * the lines' total; otherwise the taxes are added to it.
 */
public final class TaxCalculator {

    /** One line as far as taxes care: its tax and its net (or gross) amount. */
    public record TaxedLine(int taxId, BigDecimal rate, BigDecimal lineNetAmt) {
    }

    /** TotalLines, GrandTotal and one TaxAmount per tax, ordered by C_Tax_ID. */
    public record Totals(BigDecimal totalLines, BigDecimal grandTotal, List<TaxAmount> taxes) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxCalculator() {
    }

    public static BigDecimal lineNetAmt(BigDecimal qty, BigDecimal price) {
        return qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
    }

    public static Totals totals(List<TaxedLine> lines, boolean taxIncluded) {
        Map<Integer, BigDecimal> amountByTax = new TreeMap<>();
        Map<Integer, BigDecimal> rateByTax = new TreeMap<>();
        BigDecimal totalLines = BigDecimal.ZERO.setScale(2);
        for (TaxedLine line : lines) {
            amountByTax.merge(line.taxId(), line.lineNetAmt(), BigDecimal::add);
            rateByTax.put(line.taxId(), line.rate());
            totalLines = totalLines.add(line.lineNetAmt());
        }
        List<TaxAmount> taxes = new ArrayList<>();
        BigDecimal taxTotal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<Integer, BigDecimal> e : amountByTax.entrySet()) {
            BigDecimal rate = rateByTax.get(e.getKey());
            BigDecimal amount = e.getValue().setScale(2, RoundingMode.HALF_UP);
            BigDecimal tax;
            BigDecimal base;
            if (taxIncluded) {
                tax = amount.multiply(rate).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
                base = amount.subtract(tax);
            } else {
                tax = amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                base = amount;
            }
            taxes.add(new TaxAmount(e.getKey(), rate, base, tax));
            taxTotal = taxTotal.add(tax);
        }
        BigDecimal grandTotal = taxIncluded ? totalLines : totalLines.add(taxTotal);
        return new Totals(totalLines, grandTotal, taxes);
    }
}
