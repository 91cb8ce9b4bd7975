package org.catura.erp.embedded.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.UpdateResult;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.erp.embedded.internal.DemoCatalogueDatabase;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order process on the real embedded ERP: every order ends in exactly one sales order and
 * one delivery note, whatever instant the engine's process is killed at.
 */
class ProcessOnEmbeddedErpTest {

    TestDatabase database;
    Database db;
    Erp erp;
    ProcessStore store;
    Process child;

    @BeforeEach
    void start() throws Exception {
        database = DemoCatalogueDatabase.create();
        db = database.database();
        erp = new ErpComponent(db);
        store = new ProcessStore(() -> EnumSet.of(OrderState.RECEIVED, OrderState.CUSTOMER_READY,
                OrderState.ORDER_ENTERED, OrderState.RELEASED, OrderState.CANCELLING));
    }

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        database.close();
    }

    void handIn(int count) {
        for (int i = 0; i < count; i++) {
            ImportedOrder order = Chain.order("302-" + (1000000 + i) + "-0000001", i);
            db.inTransaction(tx -> store.handIn(tx, order, null));
        }
    }

    long count(String sql) {
        return database.count(sql);
    }

    void assertOneSalesOrderAndOneShipmentPerOrder(int orders) {
        assertEquals(orders, count("select count(*) from catura_process where state = 'SHIPMENT_CREATED'"));
        assertEquals(orders, count("select count(*) from c_order"), "one sales order per order");
        assertEquals(orders, count("select count(distinct poreference) from c_order"));
        assertEquals(orders, count("select count(*) from c_order where docstatus = 'CO'"));
        assertEquals(orders, count("select count(*) from m_inout"), "one delivery note per order");
        assertEquals(orders, count("select count(*) from m_inout where docstatus = 'DR'"));
        assertEquals(0, count("select count(*) from catura_process p join c_order o on o.c_order_id = p.sales_order_id "
                + "join catura_order co on co.order_id = p.order_id where o.poreference <> co.external_id"));
    }

    Process startChild(String mode, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ChainChild.class.getName(),
                database.jdbcUrl(), mode));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    void runToEnd(String node) throws Exception {
        ProcessEngine engine = Chain.engine(db, erp, node, 2);
        engine.start();
        try {
            await(() -> db.inTransaction(tx -> store.idle(tx)));
        } finally {
            engine.stop();
        }
    }

    @Test
    void ordersTravelTheChainToADraftDeliveryNote() throws Exception {
        handIn(12);
        runToEnd("node");
        assertOneSalesOrderAndOneShipmentPerOrder(12);
        assertEquals(12, count("select count(*) from catura_order_customer"));
    }

    @Test
    void aProcessKilledInsideTheDeliveryNoteStationLeavesNoShipmentAndTheRestartMakesExactlyOne(
            @TempDir Path signals) throws Exception {
        handIn(3);
        child = startChild("hang", signals.toString());
        await(() -> {
            try (var files = Files.list(signals)) {
                return files.findAny().isPresent();
            } catch (Exception e) {
                return false;
            }
        });
        child.destroyForcibly().waitFor();
        assertEquals(0, count("select count(*) from m_inout"), "the killed transaction made no shipment");
        runToEnd("child");
        assertOneSalesOrderAndOneShipmentPerOrder(3);
    }

    @Test
    void killedAtArbitraryMomentsBetweenAndInsideStationsEveryOrderEndsWithOneOfEach() throws Exception {
        handIn(30);
        String salesOrders = "select count(*) from catura_process_event where station = 'sales-order'";
        for (long threshold : new long[] {3, 12, 25}) {
            long before = count(salesOrders);
            // Each child must add work of its own, also when the one before went past this threshold.
            long target = Math.max(threshold, before + 1);
            child = startChild("run");
            await(() -> count(salesOrders) >= target || !child.isAlive());
            assertTrue(child.isAlive(), "the child engine ended by itself before it was killed (exit code "
                    + (child.isAlive() ? "" : child.exitValue()) + ")");
            child.destroyForcibly().waitFor();
            assertTrue(count(salesOrders) > before, "the killed child entered no sales order");
        }
        runToEnd("child");
        assertOneSalesOrderAndOneShipmentPerOrder(30);
    }

    @Test
    void aCancellationFromTheChannelVoidsTheSalesOrderAndTheDeliveryNote() throws Exception {
        handIn(1);
        runToEnd("node");
        ImportedOrder original = Chain.order("302-1000000-0000001", 0);
        ImportedOrder cancelled = TestOrder.from(original).lastUpdatedAt(original.lastUpdatedAt().plusSeconds(60))
                .status(ChannelOrderStatus.CANCELLED).cancellationReason("buyer cancelled").build();
        assertEquals(UpdateResult.CANCELLED, db.inTransaction(tx -> store.update(tx, cancelled, null)));
        assertEquals(UpdateResult.UNCHANGED, db.inTransaction(tx -> store.update(tx, cancelled, null)));
        runToEnd("node");
        assertEquals(1, count("select count(*) from catura_process where state = 'CANCELLED'"));
        assertEquals(1, count("select count(*) from c_order where docstatus = 'VO'"));
        assertEquals(1, count("select count(*) from m_inout where docstatus = 'VO'"));
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 90 s");
            }
            Thread.sleep(25);
        }
    }
}
