package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.erp.Allocation;
import org.catura.core.api.erp.AllocationLineDraft;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.InvoiceLine;
import org.catura.core.api.erp.Money;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.Payment;
import org.catura.core.api.erp.PaymentDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.junit.jupiter.api.Test;

class OrderToCashFlowTest extends ErpTestBase {

    @Test
    void orderShipmentInvoicePaymentAllocationEndsPaid() {
        Customer c = customer("DE", "10115");
        int vat19 = taxId("19", "DE");
        int vat7 = taxId("7", "DE");
        BigDecimal mugsOnHand = onHand("CAT-MUG-001", mainWarehouse);
        BigDecimal booksOnHand = onHand("CAT-BOOK-001", mainWarehouse);
        BigDecimal mugsAvailable = available("CAT-MUG-001", mainWarehouse);

        SalesOrder draft = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                product("CAT-MUG-001", "2", "11.90", vat19),
                product("CAT-BOOK-001", "1", "21.40", vat7),
                OrderLineDraft.charge(chargeId("Shipping"), "Shipping", dec("4.99"), vat19)))));
        SalesOrder order = tx(t -> erp.salesOrders().process(t, draft.id(), DocAction.COMPLETE));
        assertEquals(DocStatus.COMPLETED, order.status());
        // Completing reserves: available drops, on hand does not.
        assertEquals(0, mugsAvailable.subtract(dec("2")).compareTo(available("CAT-MUG-001", mainWarehouse)));
        assertEquals(0, mugsOnHand.compareTo(onHand("CAT-MUG-001", mainWarehouse)));
        assertEquals(0, dec("2").compareTo(tx(t -> Sql.decimal(t,
                "SELECT QtyReserved FROM C_OrderLine WHERE C_Order_ID = ? AND Line = 10", order.id()))));

        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        assertEquals(DocStatus.DRAFTED, shipment.status());
        assertEquals(c.locationId(), shipment.locationId());
        assertEquals(mainWarehouse, shipment.warehouseId());
        assertEquals(2, shipment.lines().size(), "only product lines are shipped");
        assertEquals(0, dec("2").compareTo(shipment.lines().get(0).movementQty()));
        tx(t -> erp.shipments().setTrackingNo(t, shipment.id(), "1Z999AA10123456784"));
        Shipment shipped = tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        assertEquals(DocStatus.COMPLETED, shipped.status());
        assertEquals("1Z999AA10123456784", shipped.trackingNo());
        assertEquals(0, mugsOnHand.subtract(dec("2")).compareTo(onHand("CAT-MUG-001", mainWarehouse)));
        assertEquals(0, booksOnHand.subtract(dec("1")).compareTo(onHand("CAT-BOOK-001", mainWarehouse)));
        // The reservation is released by the delivery: available = on hand again.
        assertEquals(0, mugsAvailable.subtract(dec("2")).compareTo(available("CAT-MUG-001", mainWarehouse)));
        SalesOrder delivered = tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow();
        assertTrue(delivered.lines().stream().filter(l -> l.productId() > 0)
                .allMatch(l -> l.qtyDelivered().compareTo(l.qtyOrdered()) == 0), "every product line delivered");
        assertEquals(0, delivered.lines().get(2).qtyDelivered().signum(), "the shipping charge is not delivered");
        assertEquals(0, count("SELECT count(*) FROM C_OrderLine WHERE C_Order_ID = ? AND QtyReserved <> 0", order.id()));

        Invoice invoice = tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY.plusDays(1)));
        assertEquals(3, invoice.lines().size(), "both products and the shipping charge");
        assertEquals(order.grandTotal(), invoice.grandTotal());
        assertEquals(order.taxes(), invoice.taxes());
        assertEquals(c.locationId(), invoice.billLocationId());
        assertTrue(invoice.lines().stream().filter(l -> l.productId() > 0).allMatch(l -> l.shipmentLineId() > 0));
        assertEquals(0, invoice.lines().get(2).shipmentLineId());
        Invoice completed = tx(t -> erp.invoices().process(t, invoice.id(), DocAction.COMPLETE));
        assertEquals(DocStatus.COMPLETED, completed.status());
        assertFalse(completed.paid());
        assertEquals(completed.grandTotal(), completed.openAmt());
        assertTrue(tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().lines().stream()
                .allMatch(l -> l.qtyInvoiced().compareTo(l.qtyOrdered()) == 0));

        Payment payment = tx(t -> erp.payments().create(t, new PaymentDraft(c.bpartnerId(),
                new Money(dec("50.19"), "EUR"), DAY.plusDays(14), "Amazon settlement", "SETTLEMENT-1")));
        assertEquals(DocStatus.DRAFTED, payment.status());
        Payment received = tx(t -> erp.payments().process(t, payment.id(), DocAction.COMPLETE));
        assertEquals(DocStatus.COMPLETED, received.status());
        assertEquals("SETTLEMENT-1", received.reference());

        Allocation allocation = tx(t -> erp.payments().allocate(t, DAY.plusDays(14), "EUR", List.of(
                new AllocationLineDraft(invoice.id(), payment.id(), dec("50.19"), BigDecimal.ZERO, BigDecimal.ZERO))));
        assertEquals(DocStatus.COMPLETED, allocation.status());
        Invoice paid = tx(t -> erp.invoices().get(t, invoice.id())).orElseThrow();
        assertTrue(paid.paid());
        assertEquals(0, paid.openAmt().signum());
        assertEquals(0, dec("50.19").compareTo(tx(t -> erp.payments().get(t, payment.id())).orElseThrow()
                .allocatedAmt()));
        assertEquals(1, count("SELECT count(*) FROM C_Payment WHERE C_Payment_ID = ? AND IsAllocated = 'Y'",
                payment.id()));
        assertEquals(List.of(invoice.id()), tx(t -> erp.invoices().findByOrder(t, order.id())).stream()
                .map(Invoice::id).toList());
        assertEquals(List.of(shipment.id()), tx(t -> erp.shipments().findByOrder(t, order.id())).stream()
                .map(Shipment::id).toList());
    }

    @Test
    void anInvoiceIsPaidOnlyWhenItsOpenAmountReachesZero() {
        Customer c = customer("DE", "10115");
        Invoice invoice = completedInvoice(c);
        Payment payment = completedPayment(c.bpartnerId(), "100.00");
        tx(t -> erp.payments().allocate(t, DAY, "EUR", List.of(
                new AllocationLineDraft(invoice.id(), payment.id(), dec("20.00"), BigDecimal.ZERO, BigDecimal.ZERO))));
        Invoice part = tx(t -> erp.invoices().get(t, invoice.id())).orElseThrow();
        assertFalse(part.paid());
        assertEquals(invoice.grandTotal().subtract(dec("20.00")), part.openAmt());
        BigDecimal rest = part.openAmt();
        tx(t -> erp.payments().allocate(t, DAY, "EUR", List.of(
                new AllocationLineDraft(invoice.id(), payment.id(), rest, BigDecimal.ZERO, BigDecimal.ZERO))));
        assertTrue(tx(t -> erp.invoices().get(t, invoice.id())).orElseThrow().paid());
        assertEquals(0, count("SELECT count(*) FROM C_Payment WHERE C_Payment_ID = ? AND IsAllocated = 'Y'",
                payment.id()), "the payment still has money left");
    }

    @Test
    void aMarketplaceFulfilledOrderIsInvoicedWholeWithoutMovingStock() {
        Customer c = customer("FR", "69001");
        int vat20 = taxId("20", "FR");
        BigDecimal onHand = onHand("CAT-LAMP-001", thirdPartyWarehouse);
        SalesOrder draft = tx(t -> erp.salesOrders().create(t, draft(c, thirdPartyWarehouse, true, List.of(
                product("CAT-LAMP-001", "1", "59.90", vat20),
                OrderLineDraft.charge(chargeId("Gift wrap"), "Gift wrap", dec("3.00"), vat20)))));
        SalesOrder order = tx(t -> erp.salesOrders().process(t, draft.id(), DocAction.COMPLETE));
        Invoice invoice = tx(t -> erp.invoices().createFromOrder(t, order.id(), DAY));
        assertEquals(2, invoice.lines().size());
        assertEquals(dec("62.90"), invoice.grandTotal());
        assertEquals(List.of(0, 0), invoice.lines().stream().map(InvoiceLine::shipmentLineId).toList());
        // 62.90 × 20 / 120 = 10.4833… → 10.48
        assertEquals(dec("10.48"), invoice.taxes().get(0).taxAmt());
        tx(t -> erp.invoices().process(t, invoice.id(), DocAction.COMPLETE));
        assertEquals(0, onHand.compareTo(onHand("CAT-LAMP-001", thirdPartyWarehouse)));
        List<OrderLine> lines = tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().lines();
        assertTrue(lines.stream().allMatch(l -> l.qtyInvoiced().compareTo(l.qtyOrdered()) == 0));
    }

    @Test
    void aShipmentFromThe3plWarehouseMovesOnlyItsStock() {
        Customer c = customer("SE", "111 22");
        int vat25 = taxId("25", "SE");
        BigDecimal main = onHand("CAT-CHAIR-001", mainWarehouse);
        BigDecimal external = onHand("CAT-CHAIR-001", thirdPartyWarehouse);
        SalesOrder draft = tx(t -> erp.salesOrders().create(t, new org.catura.core.api.erp.SalesOrderDraft(
                c.bpartnerId(), c.locationId(), c.locationId(), c.contactId(), thirdPartyWarehouse, "se-1", "SEK",
                true, DAY, null, List.of(product("CAT-CHAIR-001", "3", "2490.00", vat25)))));
        tx(t -> erp.salesOrders().process(t, draft.id(), DocAction.COMPLETE));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, draft.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        assertEquals(0, main.compareTo(onHand("CAT-CHAIR-001", mainWarehouse)));
        assertEquals(0, external.subtract(dec("3")).compareTo(onHand("CAT-CHAIR-001", thirdPartyWarehouse)));
    }

    private Invoice completedInvoice(Customer c) {
        SalesOrder order = completedOrder(c);
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        Invoice invoice = tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY));
        return tx(t -> erp.invoices().process(t, invoice.id(), DocAction.COMPLETE));
    }

    private Payment completedPayment(int bpartnerId, String amount) {
        Payment p = tx(t -> erp.payments().create(t, new PaymentDraft(bpartnerId, new Money(dec(amount), "EUR"), DAY,
                null, null)));
        return tx(t -> erp.payments().process(t, p.id(), DocAction.COMPLETE));
    }
}
