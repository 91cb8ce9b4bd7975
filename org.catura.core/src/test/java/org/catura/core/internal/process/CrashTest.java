package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /**
     * A crash between the send and the mark is at-least-once by nature: the restarted node cannot
     * know the send went through, so it sends again. What the product promises is that every copy
     * carries the same idempotency key, so the receiving side (the Idempotency-Key of an HTTP sink,
     * the Message-ID the mail sink derives from it, the file name of a transfer) sees one message.
     * The receiver here counts every delivery and de-duplicates nothing.
     */
    @Test
    void anOutboxMessageIsSentAgainWithTheSameKeyWhenTheDispatcherDiesAfterSendingAndBeforeMarking()
            throws Exception {
        try (CountingServer server = new CountingServer()) {
            OutboxStore outbox = new OutboxStore();
            db.database().inTransaction(tx -> outbox.enqueue(tx, "effects", "confirm-303-1", "{\"order\":1}"));
            server.afterDelivery(key -> {
                try {
                    child.destroyForcibly().waitFor(); // dies before it can mark the message sent
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            child = startChild("outbox", server.url());
            ProcessEngineTest.await(() -> server.deliveries.size() == 1 && !child.isAlive());
            assertEquals(1, db.count("select count(*) from catura_outbox where sent_at is null"),
                    "the message is not marked sent");

            server.afterDelivery(key -> { });
            ProcessEngine restarted = new ProcessEngine(db.database(), FAST, "child", 1);
            restarted.addSink(new HttpSink("effects", server.url()));
            restarted.start();
            try {
                ProcessEngineTest.await(() -> db.count("select count(*) from catura_outbox where sent_at is null") == 0);
            } finally {
                restarted.stop();
            }
            assertEquals(List.of("confirm-303-1", "confirm-303-1"), server.deliveries,
                    "delivered twice, once before the crash and once after the restart, both with the same key");
            assertEquals(1, server.effects.get(), "so a receiver keyed by the Idempotency-Key applies it once");
        }
    }
}
