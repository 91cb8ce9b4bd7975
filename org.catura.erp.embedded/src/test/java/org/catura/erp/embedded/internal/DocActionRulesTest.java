package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.core.api.erp.Shipment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal of the document rules, each with its message and without side effects. */
class DocActionRulesTest extends ErpTestBase {

    @Test
    void aCompletedOrderCannotHaveItsLinesReplaced() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        DocActionException e = refused(DocActionException.class, () -> tx(t -> erp.salesOrders().replaceLines(t,
                order.id(), List.of(product("CAT-MUG-001", "5", "1.00", taxId("19", "DE"))))));
        assertTrue(e.getMessage().contains(order.documentNo()) && e.getMessage().contains("CO"), e.getMessage());
        SalesOrder unchanged = tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow();
        assertEquals(order.lines(), unchanged.lines());
        assertEquals(order.grandTotal(), unchanged.grandTotal());
    }

    @Test
    void aCompletedOrderCannotChangeItsShipTo() {
        Customer c = customer("DE", "10115");
        SalesOrder order = completedOrder(c);
        int other = tx(t -> erp.businessPartners().addLocation(t, c.bpartnerId(), "Other",
                new org.catura.core.api.erp.Location("x", null, null, null, "Berlin", "10117", null, "DE"), true, true,
                null));
        refused(DocActionException.class, () -> tx(t -> erp.salesOrders().changeShipTo(t, order.id(), other)));
        assertEquals(c.locationId(), tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().shipLocationId());
    }

    @Test
    void aCompletedOrderCannotChangeItsBusinessPartner() {
        Customer matched = customer("DE", "10115");
        Customer chosen = customer("DE", "10117");
        SalesOrder order = completedOrder(matched);
        DocActionException e = refused(DocActionException.class, () -> tx(t -> erp.salesOrders()
                .changeBusinessPartner(t, order.id(), chosen.bpartnerId(), chosen.locationId(), chosen.locationId(),
                        chosen.contactId())));
        assertTrue(e.getMessage().contains(order.documentNo()) && e.getMessage().contains("CO")
                && e.getMessage().contains("business partner"), e.getMessage());
        assertEquals(matched.bpartnerId(), tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().bpartnerId());
    }

    @Test
    void aDraftOrderIsNotMovedToALocationOrContactOfAnotherPartner() {
        Customer matched = customer("DE", "10115");
        Customer chosen = customer("DE", "10117");
        Customer stranger = customer("DE", "10119");
        SalesOrder order = draftOrder(matched);
        ErpException ship = refused(ErpException.class, () -> tx(t -> erp.salesOrders().changeBusinessPartner(t,
                order.id(), chosen.bpartnerId(), stranger.locationId(), chosen.locationId(), 0)));
        assertEquals("Ship-to location " + stranger.locationId() + " is not a location of business partner "
                + chosen.bpartnerId(), ship.getMessage());
        ErpException bill = refused(ErpException.class, () -> tx(t -> erp.salesOrders().changeBusinessPartner(t,
                order.id(), chosen.bpartnerId(), chosen.locationId(), matched.locationId(), 0)));
        assertTrue(bill.getMessage().startsWith("Bill-to location " + matched.locationId()), bill.getMessage());
        ErpException contact = refused(ErpException.class, () -> tx(t -> erp.salesOrders().changeBusinessPartner(t,
                order.id(), chosen.bpartnerId(), chosen.locationId(), chosen.locationId(), matched.contactId())));
        assertTrue(contact.getMessage().startsWith("Contact " + matched.contactId()), contact.getMessage());
        SalesOrder unchanged = tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow();
        assertEquals(matched.bpartnerId(), unchanged.bpartnerId());
        assertEquals(matched.locationId(), unchanged.shipLocationId());
    }

    @Test
    void aVoidedOrderCannotBeCompleted() {
        SalesOrder order = draftOrder(customer("DE", "10115"));
        tx(t -> erp.salesOrders().process(t, order.id(), DocAction.VOID));
        DocActionException e = refused(DocActionException.class,
                () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.COMPLETE)));
        assertTrue(e.getMessage().contains("cannot complete") && e.getMessage().contains("VO"), e.getMessage());
        assertEquals(DocStatus.VOIDED, tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().status());
    }

    @Test
    void anOrderWithoutLinesCannotBeCompleted() {
        Customer c = customer("DE", "10115");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of())));
        DocActionException e = refused(DocActionException.class,
                () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.COMPLETE)));
        assertTrue(e.getMessage().contains("has no lines"), e.getMessage());
        assertEquals(DocStatus.DRAFTED, tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().status());
    }

    @Test
    void aDraftedOrderCannotBeClosedOrReactivated() {
        SalesOrder order = draftOrder(customer("DE", "10115"));
        refused(DocActionException.class, () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.CLOSE)));
        refused(DocActionException.class,
                () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.REACTIVATE)));
    }

    @Test
    void anOrderWithAShipmentCannotBeVoidedOrReactivated() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        DocActionException e = refused(DocActionException.class,
                () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.VOID)));
        assertTrue(e.getMessage().contains("shipment " + shipment.documentNo()), e.getMessage());
        refused(DocActionException.class,
                () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.REACTIVATE)));
        assertEquals(DocStatus.COMPLETED, tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().status());
    }

    @Test
    void aShipmentNeedsACompletedOrder() {
        SalesOrder order = draftOrder(customer("DE", "10115"));
        DocActionException e = refused(DocActionException.class,
                () -> tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY)));
        assertTrue(e.getMessage().contains("completed"), e.getMessage());
        assertEquals(0, count("SELECT count(*) FROM M_InOut WHERE C_Order_ID = ?", order.id()));
    }

    @Test
    void aSecondShipmentForAFullyCoveredOrderIsRefused() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        ErpException e = refused(ErpException.class, () -> tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY)));
        assertTrue(e.getMessage().contains("nothing left to deliver"), e.getMessage());
        assertEquals(1, count("SELECT count(*) FROM M_InOut WHERE C_Order_ID = ?", order.id()));
    }

    @Test
    void aShipmentBeyondTheStockOnHandCannotBeCompleted() {
        Customer c = customer("DE", "10115");
        int desk = productId("CAT-DESK-001");
        java.math.BigDecimal onHand = onHand("CAT-DESK-001", mainWarehouse);
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                OrderLineDraft.product(desk, "desk", onHand.add(dec("1")), dec("499.00"), taxId("19", "DE"))))));
        tx(t -> erp.salesOrders().process(t, order.id(), DocAction.COMPLETE));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        ErpException e = refused(ErpException.class,
                () -> tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE)));
        assertTrue(e.getMessage().contains("not enough stock") && e.getMessage().contains("CAT-DESK-001"),
                e.getMessage());
        assertEquals(0, onHand.compareTo(onHand("CAT-DESK-001", mainWarehouse)));
        assertEquals(DocStatus.DRAFTED, tx(t -> erp.shipments().get(t, shipment.id())).orElseThrow().status());
        assertEquals(0, tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().lines().get(0).qtyDelivered()
                .signum());
    }

    @Test
    void shipmentsInvoicesAndPaymentsCannotBeReactivated() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        Invoice invoice = tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY));
        tx(t -> erp.invoices().process(t, invoice.id(), DocAction.COMPLETE));
        assertTrue(refused(DocActionException.class,
                () -> tx(t -> erp.shipments().process(t, shipment.id(), DocAction.REACTIVATE))).getMessage()
                .contains("void it instead"));
        refused(DocActionException.class, () -> tx(t -> erp.invoices().process(t, invoice.id(), DocAction.REACTIVATE)));
        var payment = tx(t -> erp.payments().create(t, new org.catura.core.api.erp.PaymentDraft(
                order.bpartnerId(), new org.catura.core.api.erp.Money(invoice.grandTotal(), "EUR"), DAY, null, null)));
        tx(t -> erp.payments().process(t, payment.id(), DocAction.COMPLETE));
        refused(DocActionException.class, () -> tx(t -> erp.payments().process(t, payment.id(), DocAction.REACTIVATE)));
    }

    @Test
    void aCompletedDocumentCannotBeCompletedAgain() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        refused(DocActionException.class, () -> tx(t -> erp.salesOrders().process(t, order.id(), DocAction.COMPLETE)));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        java.math.BigDecimal onHand = onHand("CAT-MUG-001", mainWarehouse);
        refused(DocActionException.class, () -> tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE)));
        assertEquals(0, onHand.compareTo(onHand("CAT-MUG-001", mainWarehouse)), "stock moved twice");
    }

    @Test
    void anInvoiceNeedsACompletedShipmentOrOrder() {
        SalesOrder draftOrder = draftOrder(customer("DE", "10115"));
        refused(DocActionException.class, () -> tx(t -> erp.invoices().createFromOrder(t, draftOrder.id(), DAY)));
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        DocActionException e = refused(DocActionException.class,
                () -> tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY)));
        assertTrue(e.getMessage().contains("only a completed shipment"), e.getMessage());
        assertEquals(0, count("SELECT count(*) FROM C_Invoice WHERE C_Order_ID IN (?, ?)", draftOrder.id(), order.id()));
    }

    @Test
    void aFullyInvoicedShipmentOrOrderIsNotInvoicedAgain() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY));
        assertTrue(refused(ErpException.class, () -> tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY)))
                .getMessage().contains("already fully invoiced"));
        assertTrue(refused(ErpException.class, () -> tx(t -> erp.invoices().createFromOrder(t, order.id(), DAY)))
                .getMessage().contains("nothing left to invoice"));
        assertEquals(1, count("SELECT count(*) FROM C_Invoice WHERE C_Order_ID = ?", order.id()));
    }

    @Test
    void aVoidedShipmentTakesNoTrackingNumber() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        refused(ErpException.class, () -> tx(t -> erp.shipments().setTrackingNo(t, shipment.id(), " ")));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.VOID));
        refused(DocActionException.class, () -> tx(t -> erp.shipments().setTrackingNo(t, shipment.id(), "1Z999")));
    }

    @Test
    void badOrderDraftsAreRefusedWithAReason() {
        Customer c = customer("DE", "10115");
        Customer other = customer("DE", "10115");
        int vat = taxId("19", "DE");
        int mug = productId("CAT-MUG-001");
        long orders = count("SELECT count(*) FROM C_Order");
        assertRefusal("either a product or a charge, not both", draft(c, mainWarehouse, true,
                List.of(new OrderLineDraft(mug, chargeId("Shipping"), null, dec("1"), dec("1"), vat))));
        assertRefusal("quantity must be positive", draft(c, mainWarehouse, true,
                List.of(OrderLineDraft.product(mug, null, dec("0"), dec("1"), vat))));
        assertRefusal("price must not be negative", draft(c, mainWarehouse, true,
                List.of(OrderLineDraft.product(mug, null, dec("1"), dec("-1"), vat))));
        assertRefusal("product 999999 does not exist", draft(c, mainWarehouse, true,
                List.of(OrderLineDraft.product(999999, null, dec("1"), dec("1"), vat))));
        assertRefusal("Tax 999999 does not exist", draft(c, mainWarehouse, true,
                List.of(OrderLineDraft.product(mug, null, dec("1"), dec("1"), 999999))));
        assertRefusal("is not a location of business partner", new SalesOrderDraft(c.bpartnerId(),
                other.locationId(), c.locationId(), 0, mainWarehouse, "x", "EUR", true, DAY, null, List.of()));
        assertRefusal("Unknown currency 'XYZ'", new SalesOrderDraft(c.bpartnerId(), c.locationId(), c.locationId(), 0,
                mainWarehouse, "x", "XYZ", true, DAY, null, List.of()));
        assertRefusal("Warehouse 999999", draft(c, 999999, true, List.of()));
        assertEquals(orders, count("SELECT count(*) FROM C_Order"));
    }

    private void assertRefusal(String expected, SalesOrderDraft draft) {
        ErpException e = refused(ErpException.class, () -> tx(t -> erp.salesOrders().create(t, draft)));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    private SalesOrder draftOrder(Customer c) {
        return tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true,
                List.of(product("CAT-MUG-001", "1", "11.90", taxId("19", "DE"))))));
    }

    private static <E extends Throwable> E refused(Class<E> type, Executable call) {
        return assertThrows(type, call);
    }
}
