package org.catura.core.internal.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.process.ProcessSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued messages through their topic's sink, each under a lease of its own: claim one due
 * message ({@code FOR UPDATE SKIP LOCKED}), deliver it outside any transaction while its lease is
 * renewed, mark it sent, then claim the next. A second node skips a leased message, so it never
 * sends one whose first send may still be running, however slow the other side is. A crash
 * between delivery and marking sends the message again with the same idempotency key, which the
 * sink passes on (at least once, never twice at the same time). Messages with no sink registered
 * on this node are left for a node that has one. A message its sink refuses for good
 * ({@link UndeliverableMessageException}) is parked at once.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Database database;
    private final ProcessSettings settings;
    private final RetrySchedule retry;
    private final String node;
    private final Function<String, OutboxSink> sinks;
    private ScheduledExecutorService renewals;

    /** Retries on the stations' schedule. */
    public OutboxDispatcher(Database database, ProcessSettings settings, String node,
            Function<String, OutboxSink> sinks) {
        this(database, settings, RetrySchedule.of(settings), node, sinks);
    }

    public OutboxDispatcher(Database database, ProcessSettings settings, RetrySchedule retry, String node,
            Function<String, OutboxSink> sinks) {
        this.database = database;
        this.settings = settings;
        this.retry = retry;
        this.node = node;
        this.sinks = sinks;
    }

    /** Delivers up to a batch of due messages for the given topics, one by one; returns how many it tried. */
    public int dispatchBatch(List<String> topics) {
        if (topics.isEmpty()) {
            return 0;
        }
        int tried = 0;
        // Claimed one at a time: a batch leased at once would expire behind a slow send, and
        // another node would send the rest of it while this one still meant to.
        for (Optional<Claim> claim = claimNext(topics); claim.isPresent(); claim = claimNext(topics)) {
            deliver(claim.get());
            if (++tried >= settings.batchSize()) {
                break;
            }
        }
        return tried;
    }

    private Optional<Claim> claimNext(List<String> topics) {
        String lease = node + ":" + UUID.randomUUID();
        return database.inTransaction(tx -> Sql.query(tx.connection(), """
                update catura_outbox set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                 where message_id = (select message_id from catura_outbox
                                      where sent_at is null and not parked and next_attempt_at <= now()
                                        and topic = any (?)
                                        and (lease_until is null or lease_until < now())
                                      order by message_id limit 1 for update skip locked)
                returning message_id, topic, idempotency_key, payload, attempts""",
                rs -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) + 1),
                lease, seconds(settings.lease()),
                tx.connection().createArrayOf("varchar", topics.toArray()))).stream().findFirst()
                .map(message -> new Claim(message, lease, new AtomicBoolean()));
    }

    private void deliver(Claim claim) {
        OutboxMessage message = claim.message();
        OutboxSink sink = sinks.apply(message.topic());
        ScheduledFuture<?> renewal = keepLeased(claim);
        claim.sending().set(true);
        try {
            if (sink == null) {
                throw new IllegalStateException("No sink for topic " + message.topic());
            }
            sink.deliver(message);
        } catch (Exception e) {
            claim.sending().set(false);
            renewal.cancel(false);
            LOG.warn("Outbox message {} ({}) failed: {}", message.id(), message.topic(), e.getMessage());
            // A refusal for good is parked now: resending it unchanged would only be refused again.
            boolean giveUp = e instanceof UndeliverableMessageException
                    || retry.lastAttempt(message.attempt());
            database.inTransaction(tx -> Sql.update(tx.connection(), """
                    update catura_outbox set attempts = ?, last_error = ?, parked = ?,
                           parked_at = case when ? then now() end,
                           next_attempt_at = now() + make_interval(secs => ?), lease_owner = null, lease_until = null
                     where message_id = ? and lease_owner = ?""", message.attempt(),
                    String.valueOf(e.getMessage()), giveUp, giveUp,
                    seconds(retry.delayAfter(message.attempt())), message.id(), claim.lease()));
            return;
        }
        claim.sending().set(false);
        renewal.cancel(false);
        int marked = database.inTransaction(tx -> Sql.update(tx.connection(), """
                update catura_outbox set sent_at = now(), attempts = ?, last_error = null,
                       lease_owner = null, lease_until = null
                 where message_id = ? and lease_owner = ?""", message.attempt(), message.id(), claim.lease()));
        if (marked == 0) {
            LOG.warn("Outbox message {} ({}) was sent but its lease {} had been taken from this node meanwhile; "
                    + "it may be sent again with the same key {}", message.id(), message.topic(), claim.lease(),
                    message.idempotencyKey());
        }
    }

    /**
     * Renews the claim's lease every third of its length while the send runs, so a slow but live
     * send keeps its message; a dead node renews nothing and its lease runs out.
     */
    private ScheduledFuture<?> keepLeased(Claim claim) {
        long period = Math.max(1, settings.lease().toMillis() / 3);
        return renewals().scheduleAtFixedRate(() -> renew(claim), period, period, TimeUnit.MILLISECONDS);
    }

    private void renew(Claim claim) {
        try {
            int renewed = database.inTransaction(tx -> Sql.update(tx.connection(), """
                    update catura_outbox set lease_until = now() + make_interval(secs => ?)
                     where message_id = ? and lease_owner = ? and sent_at is null""",
                    seconds(settings.lease()), claim.message().id(), claim.lease()));
            if (renewed == 0 && claim.sending().get()) {
                LOG.warn("Outbox message {} is no longer leased by {} while its send still runs",
                        claim.message().id(), claim.lease());
            }
        } catch (RuntimeException e) {
            LOG.warn("Renewing the lease of outbox message {} failed: {}; trying again",
                    claim.message().id(), e.getMessage());
        }
    }

    private synchronized ScheduledExecutorService renewals() {
        if (renewals == null) {
            renewals = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "catura-outbox-lease-" + node);
                t.setDaemon(true);
                return t;
            });
        }
        return renewals;
    }

    /** Stops renewing leases; a send still running loses its lease when it runs out. */
    public synchronized void close() {
        if (renewals != null) {
            renewals.shutdownNow();
            renewals = null;
        }
    }

    /** Releases the leases a previous run of this node left behind. */
    public void releaseStaleLeases() {
        database.inTransaction(tx -> Sql.update(tx.connection(),
                "update catura_outbox set lease_owner = null, lease_until = null where lease_owner like ? "
                        + "and sent_at is null", node + ":%"));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** A claimed message; {@code sending} while its send runs, so a renewal racing the mark stays quiet. */
    private record Claim(OutboxMessage message, String lease, AtomicBoolean sending) {
    }
}
