package org.catura.core.internal.station.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.catura.core.api.channel.ShipmentConfirmer;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.channel.ConnectorRegistry;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.release.ReleaseStation;
import org.catura.core.internal.stations.CustomerStation;
import org.catura.core.internal.stations.DeliveryNoteStation;
import org.catura.core.internal.stations.SalesOrderStation;
import org.catura.core.testing.InMemoryErp;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The station in the real engine on PostgreSQL: the channel's outbox message commits with the state change. */
class ShipmentConfirmationPathTest {

    static TestDatabase db;
    final InMemoryErp erp = new InMemoryErp();
    final ConnectorRegistry connectors = new ConnectorRegistry();
    ProcessEngine engine;
    ProcessStore store;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void start() {
        db.reset();
        engine = new ProcessEngine(db.database(), new ProcessSettings(3, Duration.ofMillis(10), Duration.ofMillis(10),
                10, Duration.ofMinutes(1), Duration.ofMillis(10)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStation(erp));
        engine.addStation(new DeliveryNoteStation(erp));
        engine.addStation(new ShipmentConfirmationStation(erp, connectors));
        store = new ProcessStore(engine::workStates);
    }

    @Test
    void withoutAConnectorTheOrderWaitsAtShippedWithANoteAndNoError() {
        long id = shipped("303-91");

        OrderProcessView view = view(id);
        assertEquals(OrderState.SHIPPED, view.state());
        assertEquals(0, view.attempts(), "waiting is not failing");
        assertTrue(view.nextAttemptAt().isAfter(java.time.Instant.now().plus(Duration.ofMinutes(50))));
        assertTrue(db.database().inTransaction(tx -> store.timeline(tx, id)).stream()
                .anyMatch(e -> String.valueOf(e.message()).contains("No connector confirms shipments to channel amazon-de")));
        assertEquals(0, db.count("select count(*) from catura_outbox"));
    }

    @Test
    void theConnectorsOutboxMessageCommitsWithTheMoveToShipmentConfirmed() {
        connectors.addConnector(new OutboxConnector(false));
        long id = shipped("303-92");

        assertEquals(OrderState.SHIPMENT_CONFIRMED, view(id).state());
        int shipment = view(id).documents().get(DocumentKind.SHIPMENT);
        assertEquals(1, db.count("select count(*) from catura_outbox where topic = 'test.confirm' "
                + "and idempotency_key = 'confirm:303-92:" + shipment + "'"));
    }

    @Test
    void aConnectorThatFailsAfterQueuingLeavesNoMessageAndTheOrderAtShipped() {
        connectors.addConnector(new OutboxConnector(true));
        long id = shipped("303-93");

        OrderProcessView view = view(id);
        assertEquals(OrderState.SHIPPED, view.state());
        assertTrue(view.attempts() > 0 && view.lastError().contains("carrier refused"), view.lastError());
        assertEquals(0, db.count("select count(*) from catura_outbox"), "the message rolled back with the station");
    }

    /** Runs the order to its delivery note, gives the note a carrier and tracking number, marks it shipped. */
    private long shipped(String externalId) {
        long id = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order(externalId), null)).orderId();
        drain();
        int shipmentId = view(id).documents().get(DocumentKind.SHIPMENT);
        Shipment s = erp.shipments.get(shipmentId);
        erp.shipments.put(shipmentId, new Shipment(s.id(), s.documentNo(), s.status(), s.orderId(), s.bpartnerId(),
                s.locationId(), s.warehouseId(), s.movementDate(), "00340434161094042557", s.lines(), "DHL"));
        db.database().inTransaction(tx -> {
            store.moveTo(tx, id, OrderState.SHIPPED, "test", "the carrier picked it up");
            return null;
        });
        drain();
        return id;
    }

    private void drain() {
        while (engine.runOnce() > 0) {
            // until nothing is due
        }
    }

    private OrderProcessView view(long id) {
        return db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
    }

    /** Queues into core's real outbox table; optionally fails after queuing, as a refusing channel would. */
    record OutboxConnector(boolean failAfterQueuing) implements ShipmentConfirmer {
        @Override
        public boolean serves(String channel) {
            return channel.equals("amazon-de");
        }

        @Override
        public boolean confirmShipment(Tx tx, ShippedPackage shipped) {
            boolean queued = new OutboxStore().enqueue(tx, "test.confirm",
                    "confirm:" + shipped.externalOrderId() + ":" + shipped.packageId(), "{}");
            if (failAfterQueuing) {
                throw new IllegalArgumentException("the carrier refused the package");
            }
            return queued;
        }
    }
}
