package org.catura.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UndeliverableMessageTest {

    static TestDatabase db;
    static final ProcessSettings NO_WAIT = new ProcessSettings(5, Duration.ZERO, Duration.ZERO, 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    final OutboxStore outbox = new OutboxStore();

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aMessageRefusedForGoodIsParkedAtOnceWithTheRefusal() {
        Refusing sink = new Refusing(new UndeliverableMessageException("HTTP 400: unknown order 1-2-3"));
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.database(), NO_WAIT, "n", topic -> sink);
        db.database().inTransaction(tx -> outbox.enqueue(tx, "refusing", "refused-1", "{}"));

        dispatcher.dispatchBatch(List.of("refusing"));
        dispatcher.dispatchBatch(List.of("refusing"));

        assertEquals(1, sink.calls.get(), "not sent again after the refusal");
        assertEquals(1, db.count("select count(*) from catura_outbox where idempotency_key = 'refused-1'"
                + " and parked and attempts = 1 and last_error = 'HTTP 400: unknown order 1-2-3'"));
    }

    @Test
    void anyOtherFailureIsRetriedUntilTheAttemptsAreUsedUp() {
        Refusing sink = new Refusing(new IllegalStateException("HTTP 503"));
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.database(), NO_WAIT, "n", topic -> sink);
        db.database().inTransaction(tx -> outbox.enqueue(tx, "failing", "failing-1", "{}"));

        for (int i = 0; i < 7; i++) {
            dispatcher.dispatchBatch(List.of("failing"));
        }

        assertEquals(5, sink.calls.get(), "five attempts, then parked");
        assertEquals(1, db.count("select count(*) from catura_outbox where idempotency_key = 'failing-1' and parked"));
    }

    private static final class Refusing implements OutboxSink {
        final AtomicInteger calls = new AtomicInteger();
        final RuntimeException failure;

        Refusing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public String topic() {
            return "any";
        }

        @Override
        public void deliver(OutboxMessage message) {
            calls.incrementAndGet();
            throw failure;
        }
    }
}
