package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.testing.CountingServer;
import org.catura.core.testing.EffectStation;
import org.catura.core.testing.EngineChild;
import org.catura.core.testing.HttpSink;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real engine process at the worst moments and checks that the restart loses and repeats nothing. */
class CrashTest {

    static final ProcessSettings FAST = new ProcessSettings(5, Duration.ofMillis(50), Duration.ofMillis(200), 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    TestDatabase db;
    Process child;

    @BeforeEach
    void start() {
        db = new TestDatabase();
        db.execute(EffectStation.DDL);
    }

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        db.close();
    }

    Process startChild(String mode, String arg) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), EngineChild.class.getName(),
                db.jdbcUrl(), mode, arg).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aProcessKilledInsideAStationResumesAfterRestartAndDoesTheWorkOnce(@TempDir Path signals)
            throws Exception {
        ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));
        for (int i = 0; i < 5; i++) {
            String id = "K-" + i;
            db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order(id), null));
        }
        child = startChild("station", signals.toString());
        ProcessEngineTest.await(() -> {
            try (var files = Files.list(signals)) {
                return files.findAny().isPresent();
            } catch (Exception e) {
                return false;
            }
        });
        child.destroyForcibly().waitFor();
        assertEquals(0, db.count("select count(*) from test_effect"), "the killed transaction left nothing");
        assertEquals(5, db.count("select count(*) from catura_process where state = 'RECEIVED'"));

        // The node comes back: same name, so it frees its own stale leases at once.
        ProcessEngine restarted = new ProcessEngine(db.database(), FAST, "child", 1);
        restarted.addStation(new EffectStation(OrderState.RECEIVED, OrderState.CUSTOMER_READY, "child", x -> false));
        restarted.start();
        try {
            ProcessEngineTest.await(() ->
                    db.count("select count(*) from catura_process where state = 'CUSTOMER_READY'") == 5);
        } finally {
            restarted.stop();
        }
        assertEquals(5, db.count("select count(*) from test_effect"));
        assertEquals(5, db.count("select count(distinct order_id) from test_effect"));
    }

    @Test
    void anOutboxMessageIsDeliveredOnceWhenTheDispatcherDiesAfterSendingAndBeforeMarking() throws Exception {
        try (CountingServer server = new CountingServer()) {
            OutboxStore outbox = new OutboxStore();
            db.database().inTransaction(tx -> outbox.enqueue(tx, "effects", "confirm-303-1", "{\"order\":1}"));
            server.afterEffect(key -> {
                try {
                    child.destroyForcibly().waitFor(); // dies before it can mark the message sent
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            child = startChild("outbox", server.url());
            ProcessEngineTest.await(() -> server.effects.get() == 1 && !child.isAlive());
            assertEquals(1, db.count("select count(*) from catura_outbox where sent_at is null"),
                    "the message is not marked sent");

            server.afterEffect(key -> { });
            ProcessEngine restarted = new ProcessEngine(db.database(), FAST, "child", 1);
            restarted.addSink(new HttpSink("effects", server.url()));
            restarted.start();
            try {
                ProcessEngineTest.await(() -> db.count("select count(*) from catura_outbox where sent_at is null") == 0);
            } finally {
                restarted.stop();
            }
            assertTrue(server.requests.get() >= 2, "sent again after the restart");
            assertEquals(1, server.effects.get(), "and the receiver applied it once");
        }
    }
}
