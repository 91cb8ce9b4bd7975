package org.catura.core.internal.outbox;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.catura.core.api.db.Database;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.process.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued messages through their topic's sink: claim a batch with a lease, deliver each
 * outside any transaction, then mark it sent. A crash between delivery and marking sends the
 * message again with the same idempotency key, which the sink passes on. Messages with no sink
 * registered on this node are left for a node that has one. A message its sink refuses for good
 * ({@link UndeliverableMessageException}) is parked at once.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Database database;
    private final ProcessSettings settings;
    private final String node;
    private final Function<String, OutboxSink> sinks;

    public OutboxDispatcher(Database database, ProcessSettings settings, String node,
            Function<String, OutboxSink> sinks) {
        this.database = database;
        this.settings = settings;
        this.node = node;
        this.sinks = sinks;
    }

    /** Delivers up to one batch of due messages for the given topics; returns how many it tried. */
    public int dispatchBatch(List<String> topics) {
        if (topics.isEmpty()) {
            return 0;
        }
        String lease = node + ":" + UUID.randomUUID();
        List<OutboxMessage> batch = database.inTransaction(tx -> Sql.query(tx.connection(), """
                update catura_outbox set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                 where message_id in (select message_id from catura_outbox
                                       where sent_at is null and not parked and next_attempt_at <= now()
                                         and topic = any (?)
                                         and (lease_until is null or lease_until < now())
                                       order by message_id limit ? for update skip locked)
                returning message_id, topic, idempotency_key, payload, attempts""",
                rs -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) + 1),
                lease, (double) settings.lease().toSeconds(),
                tx.connection().createArrayOf("varchar", topics.toArray()), settings.batchSize()));
        for (OutboxMessage message : batch) {
            deliver(message, lease);
        }
        return batch.size();
    }

    private void deliver(OutboxMessage message, String lease) {
        OutboxSink sink = sinks.apply(message.topic());
        try {
            if (sink == null) {
                throw new IllegalStateException("No sink for topic " + message.topic());
            }
            sink.deliver(message);
        } catch (Exception e) {
            LOG.warn("Outbox message {} ({}) failed: {}", message.id(), message.topic(), e.getMessage());
            // A refusal for good is parked now: resending it unchanged would only be refused again.
            boolean giveUp = e instanceof UndeliverableMessageException
                    || message.attempt() >= settings.maxAttempts();
            database.inTransaction(tx -> Sql.update(tx.connection(), """
                    update catura_outbox set attempts = ?, last_error = ?, parked = ?,
                           next_attempt_at = now() + make_interval(secs => ?), lease_owner = null, lease_until = null
                     where message_id = ? and lease_owner = ?""", message.attempt(),
                    String.valueOf(e.getMessage()), giveUp,
                    settings.retryDelay(message.attempt()).toMillis() / 1000.0, message.id(), lease));
            return;
        }
        database.inTransaction(tx -> Sql.update(tx.connection(), """
                update catura_outbox set sent_at = now(), attempts = ?, last_error = null,
                       lease_owner = null, lease_until = null
                 where message_id = ? and lease_owner = ?""", message.attempt(), message.id(), lease));
    }

    /** Releases the leases a previous run of this node left behind. */
    public void releaseStaleLeases() {
        database.inTransaction(tx -> Sql.update(tx.connection(),
                "update catura_outbox set lease_owner = null, lease_until = null where lease_owner like ? "
                        + "and sent_at is null", node + ":%"));
    }
}
