package org.catura.shipping.internal.confirmation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.shipping.api.ShippingReferences;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.testing.EngineDriver;
import org.catura.testing.MovableClock;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.catura.ticket.internal.TicketSchema;
import org.catura.ticket.internal.TicketSettings;
import org.catura.ticket.internal.TicketStore;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.transfer.internal.InboundPollerComponent;
import org.catura.transfer.internal.Transports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A database of its own per test class: core, the embedded ERP with its demo catalogue, tickets
 * and shipping. Orders run through core's real customer, sales-order and delivery-note stations
 * on the embedded ERP (release is a stand-in that completes the sales order); the transmission is
 * written as helper {@code transmit}'s station writes it (contract 3), then the order moved to TRANSMITTED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShippingTestBase {

    static final String CARRIER = "parcelco";
    static final String OTHER_CARRIER = "otherco";

    TestDatabase database;
    Database db;
    Erp erp;
    ProcessEngine engine;
    ProcessStore process;
    EngineDriver driver;
    TicketStore tickets;
    final MovableClock clock = MovableClock.running();
    ConfirmationRecorder recorder;
    int carrierId;
    int otherCarrierId;
    private final AtomicInteger sequence = new AtomicInteger();

    final Secrets secrets = new AesGcmSecrets(new byte[32]);

    @BeforeAll
    void startDatabase() {
        database = TestDatabase.prepared("shipping-confirm", d -> {
            new ErpComponent(d);
            d.inTransaction(tx -> new MasterData().seedDemo(tx));
            TicketSchema.migrate(d);
            ShippingSchema.migrate(d);
        });
        db = database.database();
        erp = new ErpComponent(db);
        engine = new ProcessEngine(db, new ProcessSettings(2, Duration.ofMillis(5), Duration.ofMillis(5), 20,
                Duration.ofMinutes(1), Duration.ofMillis(5)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new CompleteAndRelease(erp));
        engine.addStation(new DeliveryNoteStation(erp));
        process = new ProcessStore(engine);
        driver = new EngineDriver(db, engine, process);
        tickets = new TicketStore(TicketSettings.defaults());
        recorder = new ConfirmationRecorder(erp, process, tickets, new ReturnChannels(), clock);
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        tx(t -> Sql.update(t, """
                truncate shipping_parcel, shipping_message, shipping_transmission, shipping_decision,
                         catura_ticket_action, catura_ticket_claim, catura_ticket, catura_order, catura_process,
                         catura_process_event, catura_outbox, catura_order_customer, catura_order_issue
                restart identity cascade"""));
        tx(t -> Sql.update(t, "delete from CAT_Carrier"));
        carrierId = carrier(1000001, CARRIER, "ParcelCo", "\\d{12}", "FOLDER");
        otherCarrierId = carrier(1000002, OTHER_CARRIER, "OtherCo", null, "HTTP_CALLBACK");
    }

    int carrier(int id, String value, String name, String pattern, String returnChannel) {
        tx(t -> Sql.update(t, """
                insert into CAT_Carrier (CAT_Carrier_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name,
                                         CarrierKind, M_Warehouse_ID, TrackingURL, TrackingNoPattern, ReturnChannel)
                values (?, ?, 0, 100, 100, ?, ?, 'PARCEL', 0, 'https://track.example/?no={trackingNo}', ?, ?)""",
                id, t.clientId(), value, name, Sql.text(pattern), returnChannel));
        return id;
    }

    <T> T tx(TxWork<T> work) {
        return db.inTransaction(work);
    }

    /** An order of {@code qty} mugs, run to SHIPMENT_CREATED, transmitted to the carrier; its shipment id. */
    Shipped transmittedOrder(int qty, int carrier, Instant dueAt) {
        String id = "302-" + sequence.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long orderId = tx(t -> process.handIn(t, TestOrder.of(id).line("CAT-MUG-001", qty, "" + (qty * 9.99)).build(),
                null)).orderId();
        driver.runUntil(orderId, OrderState.SHIPMENT_CREATED);
        int shipmentId = driver.view(orderId).documents().get(DocumentKind.SHIPMENT);
        tx(t -> {
            Sql.update(t, """
                    insert into shipping_transmission (shipment_id, order_id, carrier_id, reference, channel, format,
                                                       file_name, idempotency_key, transmitted_at, confirm_due_at)
                    values (?, ?, ?, ?, 'FOLDER', 'CSV', ?, ?, ?, ?)""", shipmentId, orderId, carrier,
                    ShippingReferences.of(shipmentId), ShippingReferences.of(shipmentId) + ".csv",
                    "shipping:" + shipmentId + ":" + carrier, Sql.timestamp(clock.instant()), Sql.timestamp(dueAt));
            process.moveTo(t, orderId, OrderState.SHIPMENT_CREATED, OrderState.TRANSMITTED, "transmit", "sent");
            return null;
        });
        return new Shipped(orderId, id, shipmentId, ShippingReferences.of(shipmentId));
    }

    record Shipped(long orderId, String externalId, int shipmentId, String reference) {
    }

    String state(long orderId) {
        return driver.view(orderId).state().name();
    }

    long count(String sql, Object... params) {
        return database.count(sql, params);
    }

    String text(String sql, Object... params) {
        return database.text(sql, params);
    }

    /** Stand-in for release: completes the sales order, as the release station does. */
    static final class CompleteAndRelease implements Station {
        private final Erp erp;

        CompleteAndRelease(Erp erp) {
            this.erp = erp;
        }

        @Override
        public String name() {
            return "release";
        }

        @Override
        public OrderState input() {
            return OrderState.ORDER_ENTERED;
        }

        @Override
        public StationResult process(StationContext ctx) {
            int soId = ctx.document(DocumentKind.SALES_ORDER).orElseThrow();
            erp.salesOrders().process(ctx.tx(), soId, DocAction.COMPLETE);
            return StationResult.advance(OrderState.RELEASED, "Released");
        }
    }

    /** The return-folder reader on the transfer bundle's real poller, recording through {@link #recorder}. */
    FolderReturnReader reader() {
        ShippingConfirmations confirmations = new ShippingConfirmations() {
            @Override
            public ConfirmationResult record(org.catura.core.api.db.Tx tx, CarrierConfirmation c) {
                return recorder.record(tx, c);
            }

            @Override
            public ConfirmationResult reject(org.catura.core.api.db.Tx tx, String carrier, ConfirmationSource source,
                    String rawName, byte[] raw, String reason) {
                return recorder.reject(tx, carrier, source, rawName, raw, reason);
            }
        };
        return new FolderReturnReader(db, new InboundPollerComponent(db, new Transports()), confirmations, secrets,
                new ReturnChannels());
    }

    void returnChannel(String channel, String host, Integer port, String path, String user, String password,
            String hostKey) {
        tx(t -> Sql.update(t, """
                update CAT_Carrier set ReturnChannel = ?, ReturnHost = ?, ReturnPort = ?, ReturnPath = ?, ReturnUser = ?,
                       ReturnSecretSealed = ?, ReturnHostKey = ? where CAT_Carrier_ID = ?""", channel, Sql.text(host),
                port == null ? new Sql.TypedNull(java.sql.Types.NUMERIC) : port, path, Sql.text(user),
                Sql.text(password == null ? null : secrets.seal(password)), Sql.text(hostKey), carrierId));
    }

}
