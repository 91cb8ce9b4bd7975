package org.catura.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.testing.CountingServer;
import org.catura.core.testing.HttpSink;
import org.catura.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers (two nodes) on one database and a receiver that answers one message slowly, far
 * beyond the lease: every delivery is counted, none de-duplicated.
 */
class OutboxLeaseTest {

    static final Duration LEASE = Duration.ofSeconds(2);
    static final Duration SLOW = Duration.ofSeconds(6);
    static final ProcessSettings SHORT_LEASE = new ProcessSettings(5, Duration.ofMillis(50), Duration.ofMillis(50),
            10, LEASE, Duration.ofMillis(20));

    TestDatabase db;
    CountingServer server;
    final OutboxStore outbox = new OutboxStore();

    @BeforeEach
    void start() throws Exception {
        db = new TestDatabase();
        server = new CountingServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        db.close();
    }

    @Test
    void aMessageWhoseSendOutlastsTheLeaseIsNeverHandedToASecondDispatcherNorAreTheRestOfItsBatch()
            throws Exception {
        for (String key : List.of("mail-slow", "mail-2", "mail-3")) {
            db.database().inTransaction(tx -> outbox.enqueue(tx, "effects", key, "{}"));
        }
        server.slow("mail-slow", SLOW);
        OutboxDispatcher first = dispatcher("node-a");
        OutboxDispatcher second = dispatcher("node-b");
        try {
            CompletableFuture<Integer> slowOne = CompletableFuture.supplyAsync(() -> first.dispatchBatch(topics()));
            awaitLeaseOf("node-a");
            // The second node polls all the while the first is stuck in the slow send, and after.
            long until = System.nanoTime() + SLOW.plusSeconds(1).toNanos();
            while (System.nanoTime() < until) {
                second.dispatchBatch(topics());
                Thread.sleep(50);
            }
            slowOne.get(30, TimeUnit.SECONDS);
            second.dispatchBatch(topics());
        } finally {
            first.close();
            second.close();
        }

        assertEquals(1, server.deliveriesOf("mail-slow"), "the slow message, while its first send ran: "
                + server.deliveries);
        assertEquals(1, server.deliveriesOf("mail-2"), "the rest of the first node's batch: " + server.deliveries);
        assertEquals(1, server.deliveriesOf("mail-3"), "the rest of the first node's batch: " + server.deliveries);
        assertEquals(0, db.count("select count(*) from catura_outbox where sent_at is null"), "all marked sent");
        assertEquals(3, db.count("select count(*) from catura_outbox where attempts = 1"), "each in one attempt");
    }

    @Test
    void theLeaseOfAMessageBeingSentIsRecordedAndRenewedUntilTheSendEnds() throws Exception {
        db.database().inTransaction(tx -> outbox.enqueue(tx, "effects", "mail-slow", "{}"));
        server.slow("mail-slow", SLOW);
        OutboxDispatcher first = dispatcher("node-a");
        try {
            CompletableFuture<Integer> slowOne = CompletableFuture.supplyAsync(() -> first.dispatchBatch(topics()));
            Thread.sleep(LEASE.multipliedBy(2).toMillis());
            assertEquals(1, db.count("select count(*) from catura_outbox where lease_owner like 'node-a:%'"
                    + " and lease_until > now() and sent_at is null"), "still leased, two leases later");
            slowOne.get(30, TimeUnit.SECONDS);
        } finally {
            first.close();
        }
        assertEquals(1, db.count("select count(*) from catura_outbox where sent_at is not null"
                + " and lease_owner is null"));
    }

    void awaitLeaseOf(String node) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (db.count("select count(*) from catura_outbox where lease_owner like '" + node + ":%'") == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError(node + " claimed nothing");
            }
            Thread.sleep(10);
        }
    }

    OutboxDispatcher dispatcher(String node) {
        return new OutboxDispatcher(db.database(), SHORT_LEASE, node, topic -> new HttpSink(topic, server.url()));
    }

    static List<String> topics() {
        return List.of("effects");
    }
}
