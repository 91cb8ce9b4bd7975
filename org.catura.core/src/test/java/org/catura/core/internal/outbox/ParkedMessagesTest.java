package org.catura.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.ParkedMessage;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParkedMessagesTest {

    static final ProcessSettings NO_WAIT = new ProcessSettings(5, Duration.ZERO, Duration.ZERO, 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));
    static final RetrySchedule THREE_ATTEMPTS = new RetrySchedule(3, Duration.ZERO, Duration.ZERO);

    TestDatabase db;
    final OutboxStore outbox = new OutboxStore();
    final ParkedMessageStore parked = new ParkedMessageStore();
    final SmtpDown sink = new SmtpDown();

    @BeforeEach
    void start() {
        db = new TestDatabase();
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
    }

    @Test
    void aMessageWhoseAttemptsAreUsedUpIsListedWithItsLastErrorAndARetryGivesItAFreshBudget() {
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.database(), NO_WAIT, THREE_ATTEMPTS, "n", t -> sink);
        db.database().inTransaction(tx -> outbox.enqueue(tx, "mail", "invoice-7", "{}"));
        db.database().inTransaction(tx -> outbox.enqueue(tx, "mail", "invoice-8", "{}"));
        sink.down = true;
        for (int i = 0; i < 4; i++) {
            dispatcher.dispatchBatch(List.of("mail"));
        }
        assertEquals(6, sink.calls.get(), "three attempts each, then parked");

        List<ParkedMessage> list = db.database().inTransaction(tx -> parked.list(tx, 10));
        assertEquals(List.of("invoice-7", "invoice-8"), list.stream().map(ParkedMessage::idempotencyKey).toList());
        ParkedMessage first = list.get(0);
        assertEquals("mail", first.topic());
        assertEquals(3, first.attempts());
        assertEquals("421 smtp.example.com Service not available", first.lastError());
        assertNotNull(first.parkedAt());
        assertEquals(2L, count());

        sink.down = false;
        assertTrue(retry(first.id()));
        assertEquals(1, db.count("select count(*) from catura_outbox where idempotency_key = 'invoice-7'"
                + " and not parked and attempts = 0 and retried_by = 'ada' and retried_at is not null"
                + " and parked_at is null"));
        dispatcher.dispatchBatch(List.of("mail"));

        assertEquals(1, db.count("select count(*) from catura_outbox where idempotency_key = 'invoice-7'"
                + " and sent_at is not null and attempts = 1 and last_error is null"));
        assertEquals(List.of("invoice-8"), db.database().inTransaction(tx -> parked.list(tx, 10)).stream()
                .map(ParkedMessage::idempotencyKey).toList(), "the other one stays parked");
        assertFalse(retry(first.id()), "sent: not parked");
        assertFalse(retry(999_999), "unknown");
    }

    @Test
    void aRetriedMessageThatFailsAgainHasItsWholeBudgetBeforeItIsParkedAgain() {
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.database(), NO_WAIT, THREE_ATTEMPTS, "n", t -> sink);
        db.database().inTransaction(tx -> outbox.enqueue(tx, "mail", "invoice-9", "{}"));
        sink.down = true;
        dispatcher.dispatchBatch(List.of("mail"));
        assertEquals(1, retryAll());
        dispatcher.dispatchBatch(List.of("mail"));

        assertEquals(6, sink.calls.get(), "three attempts, retried, three again");
        assertEquals(1, db.count("select count(*) from catura_outbox where parked and attempts = 3"));
    }

    boolean retry(long id) {
        Boolean done = db.database().inTransaction(tx -> parked.retry(tx, id, "ada"));
        return done;
    }

    int retryAll() {
        Integer n = db.database().inTransaction(tx -> parked.retryAll(tx, "ada"));
        return n;
    }

    long count() {
        Long n = db.database().inTransaction(tx -> parked.count(tx));
        return n;
    }

    private static final class SmtpDown implements OutboxSink {
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean down;

        @Override
        public String topic() {
            return "mail";
        }

        @Override
        public void deliver(OutboxMessage message) {
            calls.incrementAndGet();
            if (down) {
                throw new IllegalStateException("421 smtp.example.com Service not available");
            }
        }
    }
}
