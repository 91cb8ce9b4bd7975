package org.catura.core.api.cancel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.ForwardingErp;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.Shipments;
import org.catura.core.testing.InMemoryErp;
import org.junit.jupiter.api.Test;

class OrderCancellationTest {

    final InMemoryErp memory = new InMemoryErp();
    final OrderCancellation cancellation = new OrderCancellation(new ForwardingErp(memory) {
        @Override
        public Shipments shipments() {
            return new DeliveryNotes();
        }
    });

    @Test
    void aDraftDeliveryNoteAndTheSalesOrderAreVoidedDeliveryNoteFirst() {
        int so = salesOrder(1, DocStatus.COMPLETED);
        int note = deliveryNote(2, so, DocStatus.DRAFTED);

        assertEquals(new Cancellation.Voided("SH2", true, "SO1", true), cancellation.cancel(null, note, so));
        assertEquals(DocStatus.VOIDED, memory.shipments.get(note).status());
        assertEquals(DocStatus.VOIDED, memory.orders.get(so).status());
    }

    @Test
    void aCompletedOrClosedDeliveryNoteRefusesAndVoidsNothing() {
        int so = salesOrder(1, DocStatus.COMPLETED);
        int completed = deliveryNote(2, so, DocStatus.COMPLETED);
        int closed = deliveryNote(3, so, DocStatus.CLOSED);

        assertEquals(new Cancellation.Refused("SH2", DocStatus.COMPLETED), cancellation.cancel(null, completed, so));
        assertEquals(new Cancellation.Refused("SH3", DocStatus.CLOSED), cancellation.cancel(null, closed, so));
        assertEquals(DocStatus.COMPLETED, memory.orders.get(so).status());
        assertEquals(DocStatus.COMPLETED, memory.shipments.get(completed).status());
    }

    @Test
    void cancellingTwiceIsHarmlessAndSaysNothingWasVoidedTheSecondTime() {
        int so = salesOrder(1, DocStatus.DRAFTED);
        int note = deliveryNote(2, so, DocStatus.DRAFTED);
        cancellation.cancel(null, note, so);

        assertEquals(new Cancellation.Voided("SH2", false, "SO1", false), cancellation.cancel(null, note, so));
    }

    @Test
    void anOrderWithoutDocumentsOrWithADeletedDraftIsJustCancelled() {
        assertEquals(new Cancellation.Voided(null, false, null, false), cancellation.cancel(null, null, null));
        int so = salesOrder(1, DocStatus.DRAFTED);
        assertEquals(new Cancellation.Voided(null, false, "SO1", true), cancellation.cancel(null, 999, so),
                "a delivery note the ERP no longer has leaves nothing to void");
    }

    @Test
    void aSalesOrderTheErpDoesNotKnowIsAnErrorAndTheDeliveryNoteStaysAsItWas() {
        int note = deliveryNote(2, 4711, DocStatus.DRAFTED);
        ErpException e = assertThrows(ErpException.class, () -> cancellation.cancel(null, note, 4711));
        assertTrue(e.getMessage().startsWith("Sales order 4711 of the order is not in the ERP"), e.getMessage());
        assertEquals(DocStatus.DRAFTED, memory.shipments.get(note).status());
    }

    int salesOrder(int id, DocStatus status) {
        memory.orders.put(id, new SalesOrder(id, "SO" + id, status, 1, 1, 1, 0, 1, "302-1", "EUR", true,
                LocalDate.of(2026, 11, 20), BigDecimal.TEN, BigDecimal.TEN, List.of(), List.of()));
        return id;
    }

    int deliveryNote(int id, int orderId, DocStatus status) {
        memory.shipments.put(id, new Shipment(id, "SH" + id, status, orderId, 1, 1, 1, LocalDate.of(2026, 11, 21),
                null, List.of()));
        return id;
    }

    /** The in-memory ERP's delivery notes, voidable. */
    final class DeliveryNotes implements Shipments {
        @Override
        public Optional<Shipment> get(Tx tx, int id) {
            return Optional.ofNullable(memory.shipments.get(id));
        }

        @Override
        public Shipment process(Tx tx, int id, DocAction action) {
            Shipment s = memory.shipments.get(id);
            action.checkAllowed("Shipment " + s.documentNo(), s.status());
            Shipment done = new Shipment(s.id(), s.documentNo(), action.target(), s.orderId(), s.bpartnerId(),
                    s.locationId(), s.warehouseId(), s.movementDate(), s.trackingNo(), s.lines());
            memory.shipments.put(id, done);
            return done;
        }

        @Override
        public Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Shipment> findByOrder(Tx tx, int orderId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment setShipper(Tx tx, int shipmentId, String shipperName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId) {
            throw new UnsupportedOperationException();
        }
    }
}
