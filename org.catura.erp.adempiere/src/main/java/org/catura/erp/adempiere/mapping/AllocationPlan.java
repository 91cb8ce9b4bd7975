package org.catura.erp.adempiere.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.erp.AllocationLineDraft;

/**
 * Checks an allocation before anything is written and works out each line's over/under amount
 * (what stays open on the invoice after the line), as C_AllocationLine.OverUnderAmt wants it.
 */
public final class AllocationPlan {

    /** One line to write; {@code overUnderAmt} is the invoice's open amount left after it. */
    public record PlannedLine(AllocationLineDraft draft, BigDecimal amount, BigDecimal discountAmt,
            BigDecimal writeOffAmt, BigDecimal overUnderAmt) {
    }

    private AllocationPlan() {
    }

    /**
     * @param invoiceOpen   open amount per invoice id, as the ERP computes it
     * @param paymentUnused not yet allocated amount per payment id
     */
    public static List<PlannedLine> plan(List<AllocationLineDraft> lines, Map<Integer, BigDecimal> invoiceOpen,
            Map<Integer, BigDecimal> paymentUnused) {
        SalesOrderColumns.require(lines != null && !lines.isEmpty(), "Allocation has no lines");
        Map<Integer, BigDecimal> invoiceLeft = new HashMap<>(invoiceOpen);
        Map<Integer, BigDecimal> paymentLeft = new HashMap<>(paymentUnused);
        List<PlannedLine> out = new ArrayList<>();
        int n = 0;
        for (AllocationLineDraft l : lines) {
            n++;
            String where = "Allocation line " + n;
            SalesOrderColumns.require(l.invoiceId() > 0, where + ": no invoice");
            SalesOrderColumns.require(l.paymentId() > 0, where + ": no payment");
            BigDecimal amount = nz(l.amount());
            BigDecimal discount = nz(l.discountAmt());
            BigDecimal writeOff = nz(l.writeOffAmt());
            SalesOrderColumns.require(amount.signum() > 0, where + ": amount must be positive, was " + l.amount());
            SalesOrderColumns.require(discount.signum() >= 0 && writeOff.signum() >= 0,
                    where + ": discount and write-off cannot be negative");
            BigDecimal open = invoiceLeft.get(l.invoiceId());
            SalesOrderColumns.require(open != null, where + ": invoice " + l.invoiceId() + " not found or not open");
            BigDecimal unused = paymentLeft.get(l.paymentId());
            SalesOrderColumns.require(unused != null, where + ": payment " + l.paymentId() + " not found");
            BigDecimal total = amount.add(discount).add(writeOff);
            if (total.compareTo(open) > 0) {
                throw new IllegalArgumentException(where + ": " + total + " exceeds the " + open
                        + " still open on invoice " + l.invoiceId());
            }
            if (amount.compareTo(unused) > 0) {
                throw new IllegalArgumentException(where + ": " + amount + " exceeds the " + unused
                        + " not yet allocated of payment " + l.paymentId());
            }
            BigDecimal overUnder = open.subtract(total);
            invoiceLeft.put(l.invoiceId(), overUnder);
            paymentLeft.put(l.paymentId(), unused.subtract(amount));
            out.add(new PlannedLine(l, amount, discount, writeOff, overUnder));
        }
        return out;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
