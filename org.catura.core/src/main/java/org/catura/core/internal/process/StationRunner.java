package org.catura.core.internal.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one station over a batch of orders. The batch is claimed with a lease
 * ({@code FOR UPDATE SKIP LOCKED}) so several workers and nodes never take the same order;
 * each order is then processed in a transaction of its own, which re-checks the lease, does the
 * station's work and moves the state. A node that dies leaves its leases to expire. An order's
 * transactions are for the order's tenant, so that its ERP documents are written in that tenant.
 */
public final class StationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StationRunner.class);

    private final Database database;
    private final ProcessSettings settings;
    private final String node;
    private final ProcessRows rows;
    private final OrderJson json = new OrderJson();
    private final Queue<Abandoned> abandoned = new ConcurrentLinkedQueue<>();

    /** A runner that tells no listeners. */
    public StationRunner(Database database, ProcessSettings settings, String node) {
        this(database, settings, node, new ProcessRows(new ProcessListeners()));
    }

    public StationRunner(Database database, ProcessSettings settings, String node, ProcessRows rows) {
        this.database = database;
        this.settings = settings;
        this.node = node;
        this.rows = rows;
    }

    /** Processes up to one batch of due orders; returns how many orders it took. */
    public int runBatch(Station station) {
        return runBatch(station, ProcessRows.Channels.ALL);
    }

    /** Processes up to one batch of the due orders of {@code channels}; returns how many orders it took. */
    int runBatch(Station station, ProcessRows.Channels channels) {
        giveBackAbandoned();
        String lease = node + ":" + UUID.randomUUID();
        List<ProcessRows.ClaimedOrder> claimed = database.inTransaction(tx -> rows.claim(tx, station.input(),
                channels, lease, settings.lease(), settings.batchSize()));
        for (ProcessRows.ClaimedOrder order : claimed) {
            processOne(station, order.orderId(), order.clientId(), lease);
        }
        return claimed.size();
    }

    private void processOne(Station station, long orderId, int clientId, String lease) {
        try {
            database.inTransaction(clientId, tx -> {
                work(tx, station, orderId, lease);
                return null;
            });
        } catch (ConcurrentMoveException e) {
            LOG.info("Station {} let go of order {}: {}", station.name(), orderId, e.getMessage());
        } catch (RuntimeException | Error e) {
            // An Error of the station's (a stack overflow, say) is the order's failure like any
            // other: counted, retried, parked; rethrown, it would end the worker instead.
            LOG.warn("Station {} failed on order {}: {}", station.name(), orderId, e.toString());
            recordFailure(station, orderId, clientId, lease, e);
        }
    }

    private void work(Tx tx, Station station, long orderId, String lease) throws Exception {
        Optional<ProcessRows.Claimed> row = rows.claimed(tx, orderId, lease);
        if (row.isEmpty() || row.get().state() != station.input()) {
            return; // the lease expired and someone else took it, or a person moved the order
        }
        ProcessRows.Claimed claimed = row.get();
        ImportedOrder order = json.read(claimed.orderJson());
        OrderContext context = new OrderContext(tx, orderId, order, claimed.attempts(), claimed.documents());
        StationResult result = station.process(context);
        if (result instanceof StationResult.Advance advance) {
            rows.advance(tx, claimed, station.name(), advance.next(), context.newLinks(), context.notes(),
                    advance.message());
        } else if (result instanceof StationResult.Wait wait) {
            rows.waitFor(tx, claimed, station.name(), wait.delay(), context.newLinks(), context.notes(),
                    wait.message());
        }
    }

    private void recordFailure(Station station, long orderId, int clientId, String lease, Throwable error) {
        String message = describe(error);
        try {
            database.inTransaction(clientId, tx -> rows.fail(tx, orderId, lease, station.name(), message, settings));
        } catch (RuntimeException e) {
            // The database is gone (restarting, say): the order's work rolled back with it, but its
            // lease would keep it from every worker for the whole lease time. Given back when it answers.
            abandoned.add(new Abandoned(orderId, lease));
            LOG.error("Could not record the failure of order {} at {}: {}; its claim is given back once the"
                    + " database answers", orderId, station.name(), e.getMessage());
        }
    }

    /** Gives back the claims of orders whose failure could not be recorded; on failure they wait for the next round. */
    private void giveBackAbandoned() {
        List<Abandoned> claims = new ArrayList<>();
        for (Abandoned a = abandoned.poll(); a != null; a = abandoned.poll()) {
            claims.add(a);
        }
        if (claims.isEmpty()) {
            return;
        }
        try {
            database.inTransaction(tx -> {
                claims.forEach(a -> rows.release(tx, a.orderId(), a.lease()));
                return null;
            });
            LOG.info("Gave back the claims of {} orders whose failure could not be recorded", claims.size());
        } catch (RuntimeException e) {
            abandoned.addAll(claims);
            throw e;
        }
    }

    /** The claim of an order whose failure could not be written. */
    private record Abandoned(long orderId, String lease) {
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String text = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** Releases the leases a previous run of this node left behind. */
    public void releaseStaleLeases() {
        database.inTransaction(tx -> {
            rows.releaseLeases(tx, node);
            return null;
        });
    }
}
