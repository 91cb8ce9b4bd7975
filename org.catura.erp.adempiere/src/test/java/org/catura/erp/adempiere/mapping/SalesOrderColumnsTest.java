package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrderDraft;
import org.junit.jupiter.api.Test;

class SalesOrderColumnsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static SalesOrderDraft draft(int billLocation, int contact, List<OrderLineDraft> lines) {
        return new SalesOrderDraft(1001, 2001, billLocation, contact, 50, "302-1234567-7654321", "eur", true, DAY,
                "Amazon.de", lines);
    }

    private static final List<OrderLineDraft> LINES = List.of(
            OrderLineDraft.product(7, "Mug", new BigDecimal("2"), new BigDecimal("11.90"), 0),
            OrderLineDraft.charge(9, "Shipping", new BigDecimal("4.99"), 3));

    @Test
    void headerColumnsCarryTheDraft() {
        ColumnValues v = SalesOrderColumns.header(draft(2002, 3001, LINES));
        assertEquals(Boolean.TRUE, v.get("IsSOTrx"));
        assertEquals(1001, v.get("C_BPartner_ID"));
        assertEquals(2001, v.get("C_BPartner_Location_ID"));
        assertEquals(1001, v.get("Bill_BPartner_ID"));
        assertEquals(2002, v.get("Bill_Location_ID"));
        assertEquals(3001, v.get("AD_User_ID"));
        assertEquals(50, v.get("M_Warehouse_ID"));
        assertEquals("302-1234567-7654321", v.get("POReference"));
        assertEquals("Amazon.de", v.get("Description"));
        assertEquals(Timestamp.valueOf("2026-03-14 00:00:00"), v.get("DateOrdered"));
        assertEquals(v.get("DateOrdered"), v.get("DatePromised"));
    }

    @Test
    void billToDefaultsToShipToAndNoContactIsLeftOut() {
        ColumnValues v = SalesOrderColumns.header(draft(0, 0, LINES));
        assertEquals(2001, v.get("Bill_Location_ID"));
        assertFalse(v.has("AD_User_ID"));
    }

    @Test
    void linesAreNumberedInTens() {
        List<SalesOrderColumns.NumberedLine> lines = SalesOrderColumns.lines(draft(0, 0, LINES));
        assertEquals(List.of(10, 20), lines.stream().map(SalesOrderColumns.NumberedLine::line).toList());
        assertTrue(lines.get(0).isProduct());
        assertFalse(lines.get(1).isProduct());
    }

    @Test
    void badDraftsAreRefusedWithTheReason() {
        assertMessage("no lines", () -> SalesOrderColumns.header(draft(0, 0, List.of())));
        assertMessage("line 20: needs either a product or a charge, not both", () -> SalesOrderColumns.lines("O",
                List.of(LINES.get(0), new OrderLineDraft(7, 9, null, BigDecimal.ONE, BigDecimal.ONE, 0))));
        assertMessage("line 10: needs either a product or a charge, not neither", () -> SalesOrderColumns.lines("O",
                List.of(new OrderLineDraft(0, 0, null, BigDecimal.ONE, BigDecimal.ONE, 0))));
        assertMessage("quantity must be positive, was 0", () -> SalesOrderColumns.lines("O",
                List.of(OrderLineDraft.product(7, null, BigDecimal.ZERO, BigDecimal.ONE, 0))));
        assertMessage("a product cannot have a negative price", () -> SalesOrderColumns.lines("O",
                List.of(OrderLineDraft.product(7, null, BigDecimal.ONE, new BigDecimal("-1"), 0))));
        assertMessage("currency 'EURO' is not an ISO 4217 code", () -> SalesOrderColumns.header(
                new SalesOrderDraft(1, 2, 0, 0, 3, "X", "EURO", false, DAY, null, LINES)));
        assertMessage("no warehouse", () -> SalesOrderColumns.header(
                new SalesOrderDraft(1, 2, 0, 0, 0, "X", "EUR", false, DAY, null, LINES)));
    }

    @Test
    void aChargeMayBeNegative() {
        List<SalesOrderColumns.NumberedLine> lines = SalesOrderColumns.lines("O",
                List.of(OrderLineDraft.charge(9, "Promotion", new BigDecimal("-5.00"), 3)));
        assertEquals(new BigDecimal("-5.00"), lines.get(0).draft().price());
    }

    @Test
    void openQuantityNeverNegative() {
        assertEquals(new BigDecimal("3"), SalesOrderColumns.open(new BigDecimal("5"), new BigDecimal("2")));
        assertEquals(BigDecimal.ZERO, SalesOrderColumns.open(new BigDecimal("2"), new BigDecimal("5")));
        assertEquals(new BigDecimal("4"), SalesOrderColumns.open(new BigDecimal("4"), null));
    }

    @Test
    void currencyIsUpperCased() {
        assertEquals("EUR", SalesOrderColumns.currency("x", " eur "));
    }

    static void assertMessage(String part, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
    }
}
