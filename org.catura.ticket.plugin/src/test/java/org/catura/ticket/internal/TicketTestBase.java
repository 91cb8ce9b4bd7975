package org.catura.ticket.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.testing.EngineDriver;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A database of its own per test class with the core tables, the embedded ERP's tables (demo
 * catalogue loaded) and the ticket tables, copied from a template made once per JVM. Orders run
 * through core's real customer and sales-order stations on the embedded ERP; a small release
 * stand-in queues orders with open issues or a total the ERP does not confirm, and a carrier
 * stand-in always fails so orders park.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TicketTestBase {

    static final String CARRIER_DOWN = "Carrier matrix unavailable: no carrier answers";

    TestDatabase database;
    Database db;
    Erp erp;
    ProcessEngine engine;
    ProcessStore process;
    EngineDriver driver;
    OutboxStore outbox = new OutboxStore();
    TicketSettings settings;
    TicketStore tickets;
    ManualQueueDesk desk;
    private final AtomicInteger sequence = new AtomicInteger();

    @BeforeAll
    void startDatabase() {
        database = TestDatabase.prepared("ticket-demo-catalogue", d -> {
            new ErpComponent(d);
            d.inTransaction(tx -> new MasterData().seedDemo(tx));
            TicketSchema.migrate(d);
        });
        db = database.database();
        erp = new ErpComponent(db);
        engine = new ProcessEngine(db, new ProcessSettings(2, Duration.ofMillis(5), Duration.ofMillis(5), 20,
                Duration.ofMinutes(1), Duration.ofMillis(5)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStandIn(erp));
        engine.addStation(new FailingCarrier());
        process = new ProcessStore(engine);
        driver = new EngineDriver(db, engine, process);
        settings = settings();
        typeRowsFrom(settings);
        tickets = new TicketStore(settings);
        desk = new ManualQueueDesk(process, erp, settings);
        // Tickets follow the transitions, as they do in the running plugin.
        engine.addListener(desk);
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
                truncate catura_ticket_action, catura_ticket_claim, catura_ticket, catura_order, catura_process,
                         catura_process_event, catura_outbox, catura_order_customer, catura_order_issue
                restart identity cascade"""));
    }

    TicketSettings settings() {
        return new TicketSettings("sabine", "sabine@shop.example", TicketSettings.defaults().dueAfter(), 5, 60);
    }

    /** The ticket types' rows (CAT_TicketType, where the plugin reads them) say what the test's settings say. */
    void typeRowsFrom(TicketSettings s) {
        for (org.catura.ticket.api.TicketType type : org.catura.ticket.api.TicketType.values()) {
            tx(t -> Sql.update(t, """
                    update CAT_TicketType set Supervisor = ?, SupervisorEMail = ?, DueHours = ?
                     where AD_Client_ID = 0 and Value = ?""", s.supervisor(), s.supervisorEmail(),
                    java.math.BigDecimal.valueOf(s.dueAfter(type).getSeconds()).divide(java.math.BigDecimal.valueOf(3600),
                            6, java.math.RoundingMode.HALF_UP), type.name()));
        }
    }

    <T> T tx(TxWork<T> work) {
        return db.inTransaction(work);
    }

    /** The catch-up the plugin runs once when it starts. */
    QueueWatcher watcher() {
        return new QueueWatcher(db, process, settings);
    }

    /** Runs {@code work} while the ticket plugin is not listening (as before it started). */
    <T> T unheard(java.util.function.Supplier<T> work) {
        engine.removeListener(desk);
        try {
            return work.get();
        } finally {
            engine.addListener(desk);
        }
    }

    /** An order of 2 mugs (CAT-MUG-001) at 19.98 incl. 19 % VAT, or of an unknown SKU. */
    ImportedOrder order(String sku) {
        String id = "302-" + sequence.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return TestOrder.of(id).line(sku, 2, "19.98").build();
    }

    /** Hands an order with an unknown SKU in and runs it into the manual queue. */
    long queuedOrder() {
        long id = handIn(order("NOPE-404"));
        runUntil(id, v -> v.state() == OrderState.MANUAL_QUEUE);
        return id;
    }

    /** Hands an ordinary order in; it is released and then parked at the failing carrier station. */
    long parkedOrder() {
        long id = handIn(order("CAT-MUG-001"));
        runUntil(id, OrderProcessView::parked);
        return id;
    }

    long handIn(ImportedOrder order) {
        return tx(t -> process.handIn(t, order, null)).orderId();
    }

    OrderProcessView view(long orderId) {
        return tx(t -> process.view(t, orderId)).orElseThrow();
    }

    OrderProcessView runUntil(long orderId, Predicate<OrderProcessView> done) {
        return driver.runUntil(orderId, done);
    }

    SalesOrder salesOrder(long orderId) {
        int id = view(orderId).documents().get(DocumentKind.SALES_ORDER);
        return tx(t -> erp.salesOrders().get(t, id)).orElseThrow();
    }

    long count(String sql, Object... params) {
        return database.count(sql, params);
    }

    /** Stand-in for the release rules: open issues or an unconfirmed total queue the order, otherwise it is released. */
    static final class ReleaseStandIn implements Station {
        private final Erp erp;

        ReleaseStandIn(Erp erp) {
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
            SalesOrder so = erp.salesOrders().get(ctx.tx(), soId).orElseThrow();
            if (so.grandTotal().compareTo(ctx.order().orderTotal()) != 0) {
                Sql.update(ctx.tx(), "insert into catura_order_issue (order_id, code, detail, station)"
                        + " values (?, 'TOTAL_MISMATCH', ?, 'release')", ctx.orderId(), "the channel charged "
                        + ctx.order().orderTotal() + ", the ERP computes " + so.grandTotal());
            }
            List<String> open = Sql.query(ctx.tx(), "select code from catura_order_issue where order_id = ?"
                    + " and not resolved order by issue_id", rs -> rs.getString(1), ctx.orderId());
            if (!open.isEmpty()) {
                return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue: rule 'Import problems' "
                        + open);
            }
            erp.salesOrders().process(ctx.tx(), soId, DocAction.COMPLETE);
            return StationResult.advance(OrderState.RELEASED, "Released");
        }
    }

    /** A delivery-note station whose carrier never answers: orders park after the allowed attempts. */
    static final class FailingCarrier implements Station {
        @Override
        public String name() {
            return "delivery-note";
        }

        @Override
        public OrderState input() {
            return OrderState.RELEASED;
        }

        @Override
        public StationResult process(StationContext ctx) {
            throw new IllegalStateException(CARRIER_DOWN);
        }
    }
}
