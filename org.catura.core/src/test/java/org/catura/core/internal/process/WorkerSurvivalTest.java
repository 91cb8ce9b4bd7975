package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A station that throws an Error (a stack overflow, say) costs its order an attempt, never the worker. */
class WorkerSurvivalTest {

    static final ProcessSettings FAST = new ProcessSettings(3, Duration.ofMillis(50), Duration.ofMillis(200), 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    static TestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
        db.reset();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @Test
    void aStationThrowingAnErrorDoesNotKillTheWorkerAndTheNextOrderIsProcessed() throws Exception {
        ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));
        ProcessEngine engine = new ProcessEngine(db.database(), FAST, "n1", 1);
        engine.addStation(new ErrorOnce());
        engine.start();
        try {
            long bad = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("BOOM-1"), null)).orderId();
            awaitTrue(() -> db.count("select count(*) from catura_process where order_id = " + bad + " and attempts > 0")
                    > 0, "the Error counts as a failed attempt of its order");
            long good = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("OK-1"), null)).orderId();
            awaitTrue(() -> db.count("select count(*) from catura_process where order_id = " + good
                    + " and state = 'CUSTOMER_READY'") == 1, "the next order is processed by the same worker");

            org.catura.core.api.process.WorkerStatus worker = new ProcessStore(engine).workers().get(0);
            assertTrue(worker.alive(), "health shows the worker alive: " + worker);
            assertTrue(worker.lastHeartbeat().isAfter(java.time.Instant.now().minusSeconds(10)), worker.toString());
            assertEquals(0, worker.failures(), "the station's Error was the order's failure, not the round's");
            assertTrue(db.count("select count(*) from catura_process where order_id = " + bad
                    + " and last_error like 'stack too deep%'") == 1, "the error is on the order");
        } finally {
            engine.stop();
        }
        assertTrue(engine.workers().stream().noneMatch(org.catura.core.api.process.WorkerStatus::alive),
                "a stopped worker is not alive");
    }

    @Test
    void aRoundThatThrowsAnErrorIsSurvivedCountedAndBackedOffFrom() throws Exception {
        ProcessEngine engine = new ProcessEngine(db.database(), FAST, "n2", 1);
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        // A station that throws outside any order (its input, read when the runner claims a batch).
        engine.addStation(new ErrorOnce() {
            @Override
            public OrderState input() {
                if (armed.getAndSet(false)) {
                    throw new AssertionError("broken station");
                }
                return super.input();
            }
        });
        armed.set(true);
        engine.start();
        try {
            ProcessStore store = new ProcessStore(engine);
            long good = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("OK-2"), null)).orderId();
            awaitTrue(() -> db.count("select count(*) from catura_process where order_id = " + good
                    + " and state = 'CUSTOMER_READY'") == 1, "the worker goes on after the round that threw");
            org.catura.core.api.process.WorkerStatus worker = store.workers().get(0);
            assertTrue(worker.alive(), worker.toString());
            assertEquals(1, worker.failures(), worker.toString());
            assertTrue(worker.lastFailure().contains("broken station"), worker.toString());
        } finally {
            engine.stop();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Timed out: " + what);
    }

    /** Throws an Error for orders whose id starts with BOOM; the others go on. */
    static class ErrorOnce implements Station {
        @Override
        public String name() {
            return "fragile";
        }

        @Override
        public OrderState input() {
            return OrderState.RECEIVED;
        }

        @Override
        public StationResult process(StationContext ctx) {
            if (ctx.order().externalId().startsWith("BOOM")) {
                throw new AssertionError("stack too deep (a stand-in for StackOverflowError)");
            }
            return StationResult.advance(OrderState.CUSTOMER_READY, "done");
        }
    }
}
