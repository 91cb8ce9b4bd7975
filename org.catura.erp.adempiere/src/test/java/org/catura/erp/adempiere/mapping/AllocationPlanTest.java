package org.catura.erp.adempiere.mapping;

import static org.catura.erp.adempiere.mapping.SalesOrderColumnsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.catura.core.api.erp.AllocationLineDraft;
import org.junit.jupiter.api.Test;

class AllocationPlanTest {

    private static AllocationLineDraft line(int invoice, int payment, String amount) {
        return new AllocationLineDraft(invoice, payment, new BigDecimal(amount), null, null);
    }

    @Test
    void overUnderIsWhatStaysOpenAfterEachLine() {
        List<AllocationPlan.PlannedLine> plan = AllocationPlan.plan(
                List.of(line(1, 10, "30.00"), line(1, 11, "20.00"), line(2, 10, "50.00")),
                Map.of(1, new BigDecimal("60.00"), 2, new BigDecimal("50.00")),
                Map.of(10, new BigDecimal("80.00"), 11, new BigDecimal("20.00")));
        assertEquals(new BigDecimal("30.00"), plan.get(0).overUnderAmt());
        assertEquals(new BigDecimal("10.00"), plan.get(1).overUnderAmt());
        assertEquals(new BigDecimal("0.00"), plan.get(2).overUnderAmt());
        assertEquals(BigDecimal.ZERO, plan.get(0).discountAmt());
    }

    @Test
    void discountAndWriteOffCountAgainstTheInvoice() {
        AllocationLineDraft d = new AllocationLineDraft(1, 10, new BigDecimal("95"), new BigDecimal("3"),
                new BigDecimal("2"));
        List<AllocationPlan.PlannedLine> plan = AllocationPlan.plan(List.of(d), Map.of(1, new BigDecimal("100")),
                Map.of(10, new BigDecimal("95")));
        assertEquals(BigDecimal.ZERO, plan.get(0).overUnderAmt());
        assertMessage("exceeds the 99 still open on invoice 1", () -> AllocationPlan.plan(List.of(d),
                Map.of(1, new BigDecimal("99")), Map.of(10, new BigDecimal("95"))));
    }

    @Test
    void overAllocationIsRefusedAcrossLines() {
        assertMessage("Allocation line 2: 30.00 exceeds the 20.00 not yet allocated of payment 10",
                () -> AllocationPlan.plan(List.of(line(1, 10, "30.00"), line(2, 10, "30.00")),
                        Map.of(1, new BigDecimal("100"), 2, new BigDecimal("100")),
                        Map.of(10, new BigDecimal("50.00"))));
        assertMessage("Allocation line 2: 40 exceeds the 30 still open on invoice 1",
                () -> AllocationPlan.plan(List.of(line(1, 10, "20"), line(1, 10, "40")),
                        Map.of(1, new BigDecimal("50")), Map.of(10, new BigDecimal("100"))));
    }

    @Test
    void missingDocumentsAndBadAmountsAreNamed() {
        assertMessage("invoice 3 not found or not open", () -> AllocationPlan.plan(List.of(line(3, 10, "1")),
                Map.of(), Map.of(10, BigDecimal.TEN)));
        assertMessage("payment 12 not found", () -> AllocationPlan.plan(List.of(line(1, 12, "1")),
                Map.of(1, BigDecimal.TEN), Map.of()));
        assertMessage("amount must be positive", () -> AllocationPlan.plan(List.of(line(1, 10, "0")),
                Map.of(1, BigDecimal.TEN), Map.of(10, BigDecimal.TEN)));
        assertMessage("no invoice", () -> AllocationPlan.plan(List.of(line(0, 10, "1")), Map.of(), Map.of()));
        assertMessage("no lines", () -> AllocationPlan.plan(List.of(), Map.of(), Map.of()));
    }
}
