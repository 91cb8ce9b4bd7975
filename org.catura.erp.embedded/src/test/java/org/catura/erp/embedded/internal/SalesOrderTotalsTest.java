package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.TaxAmount;
import org.junit.jupiter.api.Test;

class SalesOrderTotalsTest extends ErpTestBase {

    @Test
    void pricesIncludingTaxHaveTheTaxExtractedPerRate() {
        Customer c = customer("DE", "10115");
        int vat19 = taxId("19", "DE");
        int vat7 = taxId("7", "DE");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                product("CAT-MUG-001", "2", "11.90", vat19),
                product("CAT-BOOK-001", "1", "21.40", vat7),
                OrderLineDraft.charge(chargeId("Shipping"), "Shipping", dec("4.99"), vat19)))));

        assertEquals(DocStatus.DRAFTED, order.status());
        assertEquals(List.of(dec("23.80"), dec("21.40"), dec("4.99")),
                order.lines().stream().map(OrderLine::lineNetAmt).toList());
        assertEquals(List.of(10, 20, 30), order.lines().stream().map(OrderLine::line).toList());
        assertEquals(dec("50.19"), order.totalLines());
        assertEquals(dec("50.19"), order.grandTotal());
        // 28.79 × 19 / 119 = 4.60 and 21.40 × 7 / 107 = 1.40, bases are gross less tax.
        assertEquals(List.of(new TaxAmount(vat19, dec("19"), dec("24.19"), dec("4.60")),
                new TaxAmount(vat7, dec("7"), dec("20.00"), dec("1.40"))), sortByTax(order.taxes()));
        assertTrue(order.taxIncluded());
        assertEquals("EUR", order.currency());
        assertEquals(DAY, order.dateOrdered());
        assertEquals(1, count("SELECT count(*) FROM c_ordertax WHERE c_order_id = ? AND c_tax_id = ? AND taxamt = 4.60"
                + " AND istaxincluded = 'Y'", order.id(), vat19));
    }

    @Test
    void netPricesHaveTheTaxAddedToTheGrandTotal() {
        Customer c = customer("DE", "80331");
        int vat19 = taxId("19", "DE");
        int vat7 = taxId("7", "DE");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, false, List.of(
                product("CAT-TEE-001", "3", "9.99", vat19),
                product("CAT-BOOK-001", "1", "15.50", vat7),
                OrderLineDraft.charge(chargeId("Shipping"), "Shipping", dec("5.00"), vat19)))));

        assertEquals(dec("50.47"), order.totalLines());
        // 34.97 × 19% = 6.6443 → 6.64; 15.50 × 7% = 1.085 → 1.09
        assertEquals(List.of(new TaxAmount(vat19, dec("19"), dec("34.97"), dec("6.64")),
                new TaxAmount(vat7, dec("7"), dec("15.50"), dec("1.09"))), sortByTax(order.taxes()));
        assertEquals(dec("58.20"), order.grandTotal());
        assertEquals(dec("58.20"), tx(t -> Sql.decimal(t, "SELECT grandtotal FROM c_order WHERE c_order_id = ?",
                order.id())));
    }

    @Test
    void aPromotionChargeLowersTheTotal() {
        Customer c = customer("FR", "75001");
        int vat20 = taxId("20", "FR");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                product("CAT-LAMP-001", "1", "60.00", vat20),
                OrderLineDraft.charge(chargeId("Promotion"), "Promotion", dec("-6.00"), vat20)))));
        assertEquals(dec("54.00"), order.grandTotal());
        assertEquals(dec("9.00"), order.taxes().get(0).taxAmt());
    }

    @Test
    void replaceLinesRecomputesTotalsAndDropsTaxesNoLongerUsed() {
        Customer c = customer("DE", "20095");
        int vat19 = taxId("19", "DE");
        int vat7 = taxId("7", "DE");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                product("CAT-MUG-001", "1", "11.90", vat19), product("CAT-BOOK-001", "1", "21.40", vat7)))));
        SalesOrder changed = tx(t -> erp.salesOrders().replaceLines(t, order.id(), List.of(
                product("CAT-MUG-001", "3", "11.90", vat19))));
        assertEquals(1, changed.lines().size());
        assertEquals(dec("35.70"), changed.grandTotal());
        assertEquals(List.of(new TaxAmount(vat19, dec("19"), dec("30.00"), dec("5.70"))), changed.taxes());
        assertEquals(1, count("SELECT count(*) FROM C_OrderTax WHERE C_Order_ID = ?", order.id()));
        assertEquals(order.documentNo(), changed.documentNo());
    }

    @Test
    void changeShipToMovesADraftOrderToAnotherLocationOfThePartner() {
        Customer c = customer("DE", "50667");
        int second = tx(t -> erp.businessPartners().addLocation(t, c.bpartnerId(), "Office",
                new org.catura.core.api.erp.Location("Domplatz 1", null, null, null, "Köln", "50667", null, "DE"),
                true, false, null));
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                product("CAT-CAP-001", "1", "19.90", taxId("19", "DE"))))));
        SalesOrder moved = tx(t -> erp.salesOrders().changeShipTo(t, order.id(), second));
        assertEquals(second, moved.shipLocationId());
        assertEquals(c.locationId(), moved.billLocationId());
    }

    @Test
    void changeBusinessPartnerMovesADraftOrderWithItsLocationsAndContact() {
        Customer matched = customer("DE", "10117");
        Customer chosen = customer("DE", "10119");
        int chosenBill = tx(t -> erp.businessPartners().addLocation(t, chosen.bpartnerId(), "Invoices",
                new org.catura.core.api.erp.Location("Postfach 9", null, null, null, "Berlin", "10119", null, "DE"),
                false, true, null));
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(matched, mainWarehouse, true, List.of(
                product("CAT-CAP-001", "1", "19.90", taxId("19", "DE"))))));

        SalesOrder moved = tx(t -> erp.salesOrders().changeBusinessPartner(t, order.id(), chosen.bpartnerId(),
                chosen.locationId(), chosenBill, chosen.contactId()));

        assertEquals(chosen.bpartnerId(), moved.bpartnerId());
        assertEquals(chosen.locationId(), moved.shipLocationId());
        assertEquals(chosenBill, moved.billLocationId());
        assertEquals(chosen.contactId(), moved.contactId());
        assertEquals(order.documentNo(), moved.documentNo());
        assertEquals(order.grandTotal(), moved.grandTotal());
        assertEquals(1, count("SELECT count(*) FROM C_Order WHERE C_Order_ID = ? AND Bill_BPartner_ID = ?", order.id(),
                chosen.bpartnerId()));
        SalesOrder noContact = tx(t -> erp.salesOrders().changeBusinessPartner(t, order.id(), matched.bpartnerId(),
                matched.locationId(), matched.locationId(), 0));
        assertEquals(0, noContact.contactId(), "no contact: the old partner's contact does not stay");
    }

    @Test
    void ordersAreFoundByPoReference() {
        Customer c = customer("DE", "01067");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, new org.catura.core.api.erp.SalesOrderDraft(
                c.bpartnerId(), c.locationId(), c.locationId(), 0, mainWarehouse, "028-1234567-7654321", "EUR", true,
                DAY, "Amazon.de", List.of(product("CAT-CAP-001", "1", "19.90", taxId("19", "DE"))))));
        assertEquals(List.of(order.id()), tx(t -> erp.salesOrders().findByPoReference(t, "028-1234567-7654321"))
                .stream().map(SalesOrder::id).toList());
        assertEquals(0, order.contactId());
        assertTrue(tx(t -> erp.salesOrders().findByPoReference(t, "028-0000000-0000000")).isEmpty());
    }

    @Test
    void currencyIsStoredByIsoCode() {
        Customer c = customer("GB", "EC1A 1BB");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, new org.catura.core.api.erp.SalesOrderDraft(
                c.bpartnerId(), c.locationId(), c.locationId(), c.contactId(), mainWarehouse, "uk-1", "gbp", true, DAY,
                null, List.of(product("CAT-CAP-001", "2", "15.00", taxId("20", "UK"))))));
        assertEquals("GBP", order.currency());
        assertEquals(dec("5.00"), order.taxes().get(0).taxAmt());
        assertEquals(1, count("SELECT count(*) FROM C_Order o JOIN C_Currency c ON c.C_Currency_ID = o.C_Currency_ID"
                + " WHERE o.C_Order_ID = ? AND c.ISO_Code = 'GBP'", order.id()));
    }

    private static List<TaxAmount> sortByTax(List<TaxAmount> taxes) {
        return taxes.stream().sorted(java.util.Comparator.comparingInt(TaxAmount::taxId)).toList();
    }
}
