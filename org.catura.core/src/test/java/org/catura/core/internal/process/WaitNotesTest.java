package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.StationResult;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WaitNotesTest {

    static final ProcessSettings SETTINGS = new ProcessSettings(3, Duration.ZERO, Duration.ZERO, 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    static TestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @Test
    void anOrderWaitingForTheSameReasonAgainAndAgainSaysSoOnceAndANewReasonIsWritten() {
        AtomicInteger round = new AtomicInteger();
        ProcessEngine engine = new ProcessEngine(db.database(), SETTINGS, "n1", 0);
        ProcessStore store = new ProcessStore(engine);
        engine.addStation(ProcessListenerTest.station(OrderState.RECEIVED, ctx -> {
            int n = round.incrementAndGet();
            if (n <= 3) {
                return StationResult.waitFor(Duration.ZERO, "No connector for channel test here");
            }
            if (n == 4) {
                return StationResult.waitFor(Duration.ZERO, "Delivery note SH1 has no tracking number yet");
            }
            return StationResult.advance(OrderState.CUSTOMER_READY, "Customer ready");
        }));
        long id = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("W-1"), null)).orderId();

        for (int i = 0; i < 5; i++) {
            engine.runOnce();
        }

        List<String> lines = db.database().inTransaction(tx -> store.timeline(tx, id)).stream()
                .map(ProcessEvent::message).toList();
        assertEquals(5, round.get(), "the station ran five times");
        assertEquals(List.of("No connector for channel test here", "Delivery note SH1 has no tracking number yet",
                "Customer ready"), lines.subList(1, lines.size()), "after the hand-in line: " + lines);
    }
}
