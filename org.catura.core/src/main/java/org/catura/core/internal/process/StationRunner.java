package org.catura.core.internal.process;

import static org.catura.core.internal.process.Sql.integer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one station over a batch of orders. The batch is claimed with a lease
 * ({@code FOR UPDATE SKIP LOCKED}) so several workers and nodes never take the same order;
 * each order is then processed in a transaction of its own, which re-checks the lease, does the
 * station's work and moves the state. A node that dies leaves its leases to expire.
 */
public final class StationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StationRunner.class);

    private final Database database;
    private final ProcessSettings settings;
    private final String node;
    private final OrderJson json = new OrderJson();

    public StationRunner(Database database, ProcessSettings settings, String node) {
        this.database = database;
        this.settings = settings;
        this.node = node;
    }

    /** Processes up to one batch of due orders; returns how many orders it took. */
    public int runBatch(Station station) {
        String lease = node + ":" + UUID.randomUUID();
        List<Long> claimed = claim(station.input(), lease);
        for (long orderId : claimed) {
            processOne(station, orderId, lease);
        }
        return claimed.size();
    }

    private List<Long> claim(OrderState state, String lease) {
        return database.inTransaction(tx -> Sql.query(tx.connection(), """
                update catura_process set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                 where order_id in (select order_id from catura_process
                                     where state = ? and not parked and next_attempt_at <= now()
                                       and (lease_until is null or lease_until < now())
                                     order by next_attempt_at, order_id
                                     limit ? for update skip locked)
                returning order_id""", rs -> rs.getLong(1), lease, (double) settings.lease().toSeconds(), state,
                settings.batchSize()));
    }

    private void processOne(Station station, long orderId, String lease) {
        try {
            database.inTransaction(tx -> {
                work(tx, station, orderId, lease);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Station {} failed on order {}: {}", station.name(), orderId, e.getMessage());
            recordFailure(station, orderId, lease, e);
        }
    }

    private void work(Tx tx, Station station, long orderId, String lease) throws Exception {
        Connection c = tx.connection();
        Optional<Claimed> row = Sql.one(c, """
                select p.state, p.attempts, p.bpartner_id, p.sales_order_id, p.shipment_id, p.invoice_id,
                       p.payment_id, o.order_json::text as order_json
                  from catura_process p join catura_order o on o.order_id = p.order_id
                 where p.order_id = ? and p.lease_owner = ? for update of p""", rs -> {
                    Map<DocumentKind, Integer> docs = new EnumMap<>(DocumentKind.class);
                    for (Map.Entry<DocumentKind, String> col : ProcessStore.DOCUMENT_COLUMNS.entrySet()) {
                        Integer id = integer(rs, col.getValue());
                        if (id != null) {
                            docs.put(col.getKey(), id);
                        }
                    }
                    return new Claimed(OrderState.valueOf(rs.getString("state")), rs.getInt("attempts"), docs,
                            rs.getString("order_json"));
                }, orderId, lease);
        if (row.isEmpty() || row.get().state() != station.input()) {
            return; // the lease expired and someone else took it, or a person moved the order
        }
        ImportedOrder order = json.read(row.get().orderJson());
        OrderContext context = new OrderContext(tx, orderId, order, row.get().attempts(), row.get().documents());
        StationResult result = station.process(context);
        for (Map.Entry<DocumentKind, Integer> link : context.newLinks().entrySet()) {
            Sql.update(c, "update catura_process set " + ProcessStore.DOCUMENT_COLUMNS.get(link.getKey())
                    + " = ? where order_id = ?", link.getValue(), orderId);
        }
        for (String note : context.notes()) {
            ProcessStore.event(c, orderId, station.name(), null, null, note);
        }
        if (result instanceof StationResult.Advance advance) {
            Sql.update(c, """
                    update catura_process set state = ?, attempts = 0, last_error = null, next_attempt_at = now(),
                           lease_owner = null, lease_until = null, updated_at = now()
                     where order_id = ?""", advance.next(), orderId);
            ProcessStore.event(c, orderId, station.name(), station.input(), advance.next(), advance.message());
        } else if (result instanceof StationResult.Wait wait) {
            Sql.update(c, """
                    update catura_process set next_attempt_at = now() + make_interval(secs => ?),
                           lease_owner = null, lease_until = null, updated_at = now()
                     where order_id = ?""", seconds(wait.delay()), orderId);
            if (wait.message() != null) {
                ProcessStore.event(c, orderId, station.name(), null, null, wait.message());
            }
        }
    }

    private void recordFailure(Station station, long orderId, String lease, Exception error) {
        String message = describe(error);
        try {
            database.inTransaction(tx -> {
                Connection c = tx.connection();
                Optional<Integer> attempts = Sql.one(c,
                        "select attempts from catura_process where order_id = ? and lease_owner = ? for update",
                        rs -> rs.getInt(1), orderId, lease);
                if (attempts.isEmpty()) {
                    return null;
                }
                int failures = attempts.get() + 1;
                boolean giveUp = failures >= settings.maxAttempts();
                Sql.update(c, """
                        update catura_process set attempts = ?, last_error = ?, parked = ?,
                               next_attempt_at = now() + make_interval(secs => ?),
                               lease_owner = null, lease_until = null, updated_at = now()
                         where order_id = ?""", failures, message, giveUp,
                        seconds(settings.retryDelay(failures)), orderId);
                ProcessStore.event(c, orderId, station.name(), null, null, giveUp
                        ? "Failed " + failures + " times, parked for a person: " + message
                        : "Attempt " + failures + " failed, retrying in " + settings.retryDelay(failures).toSeconds()
                                + " s: " + message);
                return null;
            });
        } catch (DatabaseException e) {
            LOG.error("Could not record the failure of order {} at {}: {}", orderId, station.name(), e.getMessage());
        }
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String text = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** Releases the leases a previous run of this node left behind. */
    public void releaseStaleLeases() {
        database.inTransaction(tx -> Sql.update(tx.connection(),
                "update catura_process set lease_owner = null, lease_until = null where lease_owner like ?",
                node + ":%"));
    }

    private record Claimed(OrderState state, int attempts, Map<DocumentKind, Integer> documents, String orderJson) {
    }
}
