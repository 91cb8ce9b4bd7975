package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.testing.CountingServer;
import org.catura.core.testing.HttpSink;
import org.catura.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutboxTest {

    static TestDatabase db;
    final OutboxStore outbox = new OutboxStore();
    final ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void theSameKeyIsQueuedOnceAndNothingIsQueuedWhenTheTransactionRollsBack() {
        Boolean first = db.database().inTransaction(tx -> outbox.enqueue(tx, "mail", "k-1", "a"));
        Boolean second = db.database().inTransaction(tx -> outbox.enqueue(tx, "mail", "k-1", "b"));
        assertTrue(first);
        assertFalse(second);
        try {
            db.database().inTransaction(tx -> {
                outbox.enqueue(tx, "mail", "k-2", "c");
                throw new IllegalStateException("station failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(1, db.count("select count(*) from catura_outbox where idempotency_key like 'k-%'"));
        db.execute("delete from catura_outbox");
    }

    @Test
    void aFailedDeliveryIsRetriedAndTheOrderProcessIsIdleOnlyWhenAllIsSent() throws Exception {
        ProcessSettings fast = new ProcessSettings(5, Duration.ofMillis(50), Duration.ofMillis(100), 10,
                Duration.ofMinutes(5), Duration.ofMillis(20));
        try (CountingServer server = new CountingServer()) {
            server.failNext(2);
            ProcessEngine engine = new ProcessEngine(db.database(), fast, "n", 1);
            engine.addSink(new HttpSink("effects", server.url()));
            db.database().inTransaction(tx -> outbox.enqueue(tx, "effects", "ship-1", "{}"));
            assertFalse(idle());
            ProcessEngineTest.await(() -> {
                engine.runOnce();
                return server.effects.get() == 1;
            });
            engine.runOnce();
            assertEquals(3, server.requests.get(), "two failures, then success");
            assertEquals(3, db.count("select attempts from catura_outbox where idempotency_key = 'ship-1'"));
            assertTrue(idle());
        }
    }

    @Test
    void messagesWithoutASinkOnThisNodeAreNoWorkHere() {
        ProcessStore withSinks = new ProcessStore(() -> Set.of(OrderState.RECEIVED), () -> Set.of("effects"));
        db.database().inTransaction(tx -> outbox.enqueue(tx, "mail", "escalation-1", "{}"));
        Boolean idleHere = db.database().inTransaction(tx -> withSinks.idle(tx));
        assertTrue(idleHere, "mail waits for a node with a mail sink");
        assertFalse(idle(), "without knowing the sinks every message counts");
        db.execute("delete from catura_outbox where idempotency_key = 'escalation-1'");
    }

    boolean idle() {
        Boolean idle = db.database().inTransaction(tx -> store.idle(tx));
        return idle;
    }
}
