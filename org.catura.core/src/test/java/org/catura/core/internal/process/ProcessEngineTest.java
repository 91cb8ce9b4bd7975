package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.testing.EffectStation;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessEngineTest {

    static final ProcessSettings FAST = new ProcessSettings(3, Duration.ofMillis(50), Duration.ofMillis(200), 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    static TestDatabase db;
    ProcessStore store;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
        db.execute(EffectStation.DDL);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void start() {
        db.reset();
        db.execute("truncate test_effect");

        db.execute(EffectStation.DDL);
        store = new ProcessStore(() -> Set.of(OrderState.RECEIVED, OrderState.CUSTOMER_READY));
    }

    long handIn(String id) {
        return db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order(id), null)).orderId();
    }

    @Test
    void ordersMoveThroughTheStationsOnceEach() {
        ProcessEngine engine = new ProcessEngine(db.database(), FAST, "n1", 1);
        engine.addStation(new EffectStation(OrderState.RECEIVED, OrderState.CUSTOMER_READY, "n1", id -> false));
        engine.addStation(new EffectStation(OrderState.CUSTOMER_READY, OrderState.ORDER_ENTERED, "n1", id -> false));
        for (int i = 0; i < 25; i++) {
            handIn("A-" + i);
        }
        while (engine.runOnce() > 0) {
            // until nothing is left
        }
        assertEquals(25, db.count("select count(*) from catura_process where state = 'ORDER_ENTERED'"));
        assertEquals(50, db.count("select count(*) from test_effect"));
        assertEquals(0, db.count("select count(*) from (select order_id, station from test_effect "
                + "group by 1, 2 having count(*) > 1) d"));
        assertTrue(idle());
    }

    @Test
    void aFailingStationRollsBackRetriesWithBackoffAndParksAfterMaxAttempts() throws Exception {
        ProcessEngine engine = new ProcessEngine(db.database(), FAST, "n1", 1);
        EffectStation failing = new EffectStation(OrderState.RECEIVED, OrderState.CUSTOMER_READY, "n1", id -> true);
        engine.addStation(failing);
        long id = handIn("B-1");

        engine.runOnce();
        var view = db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
        assertEquals(OrderState.RECEIVED, view.state());
        assertEquals(1, view.attempts());
        assertTrue(view.lastError().contains("carrier down"));
        assertEquals(0, db.count("select count(*) from test_effect"), "the failed transaction was rolled back");
        assertEquals(1, db.count("select count(*) from catura_process where next_attempt_at - updated_at "
                + ">= interval '50 milliseconds' and order_id = " + id), "due again only after the backoff");
        assertFalse(idle(), "an order waiting for a retry is work");

        await(() -> {
            engine.runOnce();
            return db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().parked();
        });
        view = db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
        assertEquals(3, view.attempts());
        assertEquals(3, failing.calls.get());
        assertTrue(idle(), "a parked order waits for a person");
        assertTrue(db.database().inTransaction(tx -> store.timeline(tx, id)).stream()
                .anyMatch(e -> e.message().startsWith("Failed 3 times, parked")));
    }

    @Test
    void twoEnginesOnOneDatabaseShareTheWorkWithoutDoingAnythingTwice() throws Exception {
        int orders = 300;
        for (int i = 0; i < orders; i++) {
            handIn("C-" + i);
        }
        ProcessEngine a = new ProcessEngine(db.database(), FAST, "node-a", 2);
        ProcessEngine b = new ProcessEngine(db.database(), FAST, "node-b", 2);
        for (ProcessEngine e : new ProcessEngine[] {a, b}) {
            String node = e == a ? "node-a" : "node-b";
            e.addStation(new EffectStation(OrderState.RECEIVED, OrderState.CUSTOMER_READY, node, id -> false));
            e.addStation(new EffectStation(OrderState.CUSTOMER_READY, OrderState.ORDER_ENTERED, node, id -> false));
        }
        a.start();
        b.start();
        try {
            await(() -> db.count("select count(*) from catura_process where state = 'ORDER_ENTERED'") == orders);
        } finally {
            a.stop();
            b.stop();
        }
        assertEquals(2L * orders, db.count("select count(*) from test_effect"));
        assertEquals(0, db.count("select count(*) from (select order_id, station from test_effect "
                + "group by 1, 2 having count(*) > 1) d"), "no order was processed twice by a station");
        assertTrue(db.count("select count(*) from test_effect where node = 'node-a'") > 0, "node a worked");
        assertTrue(db.count("select count(*) from test_effect where node = 'node-b'") > 0, "node b worked");
    }

    @Test
    void anotherNodeTakesOverOnceALeaseHasExpired() throws Exception {
        ProcessSettings shortLease = new ProcessSettings(3, Duration.ofMillis(50), Duration.ofMillis(200), 10,
                Duration.ofSeconds(1), Duration.ofMillis(20));
        long id = handIn("D-1");
        // A node claimed the order and died before processing it.
        db.execute("update catura_process set lease_owner = 'dead:1', lease_until = now() + interval '1 second' "
                + "where order_id = " + id);
        ProcessEngine engine = new ProcessEngine(db.database(), shortLease, "alive", 1);
        engine.addStation(new EffectStation(OrderState.RECEIVED, OrderState.CUSTOMER_READY, "alive", x -> false));
        assertEquals(0, engine.runOnce(), "the lease still holds");
        await(() -> engine.runOnce() > 0);
        assertEquals(OrderState.CUSTOMER_READY, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow()
                .state());
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 60 s");
            }
            Thread.sleep(20);
        }
    }

    boolean idle() {
        Boolean idle = db.database().inTransaction(tx -> store.idle(tx));
        return idle;
    }
}
