package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.Money;
import org.catura.core.api.erp.Payment;
import org.catura.core.api.erp.PaymentDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.junit.jupiter.api.Test;

/** Voiding, closing and reactivating undo exactly what completing did. */
class VoidPathsTest extends ErpTestBase {

    @Test
    void voidingACompletedOrderReleasesItsReservation() {
        BigDecimal available = available("CAT-MUG-001", mainWarehouse);
        SalesOrder order = completedOrder(customer("DE", "10115"));
        assertEquals(0, available.subtract(dec("2")).compareTo(available("CAT-MUG-001", mainWarehouse)));
        SalesOrder voided = tx(t -> erp.salesOrders().process(t, order.id(), DocAction.VOID));
        assertEquals(DocStatus.VOIDED, voided.status());
        assertEquals(0, available.compareTo(available("CAT-MUG-001", mainWarehouse)));
        assertEquals(0, count("SELECT count(*) FROM C_OrderLine WHERE C_Order_ID = ? AND QtyReserved <> 0", order.id()));
        assertThrows(DocActionException.class, () -> tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY)));
    }

    @Test
    void voidingACompletedShipmentPutsTheStockBackAndReservesItAgain() {
        BigDecimal onHand = onHand("CAT-MUG-001", mainWarehouse);
        BigDecimal available = available("CAT-MUG-001", mainWarehouse);
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        assertEquals(0, onHand.subtract(dec("2")).compareTo(onHand("CAT-MUG-001", mainWarehouse)));

        Shipment voided = tx(t -> erp.shipments().process(t, shipment.id(), DocAction.VOID));
        assertEquals(DocStatus.VOIDED, voided.status());
        assertEquals(0, onHand.compareTo(onHand("CAT-MUG-001", mainWarehouse)));
        // The order is still completed and undelivered, so the 2 mugs are reserved again.
        assertEquals(0, available.subtract(dec("2")).compareTo(available("CAT-MUG-001", mainWarehouse)));
        assertEquals(0, tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().lines().get(0).qtyDelivered()
                .signum());
        // And it can be shipped anew.
        Shipment again = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        assertEquals(0, dec("2").compareTo(again.lines().get(0).movementQty()));
    }

    @Test
    void aShipmentBilledByAnInvoiceCannotBeVoidedUntilTheInvoiceIs() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        Invoice invoice = tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY));
        tx(t -> erp.invoices().process(t, invoice.id(), DocAction.COMPLETE));
        DocActionException e = assertThrows(DocActionException.class,
                () -> tx(t -> erp.shipments().process(t, shipment.id(), DocAction.VOID)));
        assertEquals(true, e.getMessage().contains(invoice.documentNo()), e.getMessage());

        Invoice voided = tx(t -> erp.invoices().process(t, invoice.id(), DocAction.VOID));
        assertEquals(DocStatus.VOIDED, voided.status());
        assertEquals(0, voided.openAmt().signum());
        assertEquals(List.of(0, 0), tx(t -> erp.salesOrders().get(t, order.id())).orElseThrow().lines().stream()
                .map(l -> l.qtyInvoiced().signum()).toList());
        // The shipment can be invoiced again, and then voided once that invoice is voided too.
        Invoice second = tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY));
        assertEquals(invoice.grandTotal(), second.grandTotal());
        tx(t -> erp.invoices().process(t, second.id(), DocAction.VOID));
        assertEquals(DocStatus.VOIDED, tx(t -> erp.shipments().process(t, shipment.id(), DocAction.VOID)).status());
    }

    @Test
    void voidingDraftsFreesWhatTheyCovered() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        Shipment draft = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        BigDecimal onHand = onHand("CAT-MUG-001", mainWarehouse);
        tx(t -> erp.shipments().process(t, draft.id(), DocAction.VOID));
        assertEquals(0, onHand.compareTo(onHand("CAT-MUG-001", mainWarehouse)), "a draft never moved stock");
        Shipment next = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        assertEquals(DocStatus.DRAFTED, next.status());

        Invoice draftInvoice = tx(t -> erp.invoices().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.invoices().process(t, draftInvoice.id(), DocAction.VOID));
        assertEquals(draftInvoice.grandTotal(), tx(t -> erp.invoices().createFromOrder(t, order.id(), DAY)).grandTotal());
    }

    @Test
    void closingACompletedOrderReleasesWhatWasNotDelivered() {
        BigDecimal available = available("CAT-MUG-001", mainWarehouse);
        SalesOrder order = completedOrder(customer("DE", "10115"));
        SalesOrder closed = tx(t -> erp.salesOrders().process(t, order.id(), DocAction.CLOSE));
        assertEquals(DocStatus.CLOSED, closed.status());
        assertEquals(0, available.compareTo(available("CAT-MUG-001", mainWarehouse)));
    }

    @Test
    void reactivatingMakesTheOrderEditableAndReleasesTheReservation() {
        BigDecimal available = available("CAT-MUG-001", mainWarehouse);
        SalesOrder order = completedOrder(customer("DE", "10115"));
        SalesOrder reopened = tx(t -> erp.salesOrders().process(t, order.id(), DocAction.REACTIVATE));
        assertEquals(DocStatus.IN_PROGRESS, reopened.status());
        assertEquals(0, available.compareTo(available("CAT-MUG-001", mainWarehouse)));
        SalesOrder edited = tx(t -> erp.salesOrders().replaceLines(t, order.id(),
                List.of(product("CAT-MUG-001", "5", "11.90", taxId("19", "DE")))));
        assertEquals(dec("59.50"), edited.grandTotal());
        tx(t -> erp.salesOrders().process(t, order.id(), DocAction.COMPLETE));
        assertEquals(0, available.subtract(dec("5")).compareTo(available("CAT-MUG-001", mainWarehouse)));
    }

    @Test
    void anUnallocatedPaymentCanBeVoided() {
        Customer c = customer("DE", "10115");
        Payment p = tx(t -> erp.payments().create(t, new PaymentDraft(c.bpartnerId(), new Money(dec("10.00"), "EUR"),
                DAY, null, null)));
        tx(t -> erp.payments().process(t, p.id(), DocAction.COMPLETE));
        assertEquals(DocStatus.VOIDED, tx(t -> erp.payments().process(t, p.id(), DocAction.VOID)).status());
    }
}
