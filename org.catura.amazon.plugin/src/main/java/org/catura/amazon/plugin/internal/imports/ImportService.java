package org.catura.amazon.plugin.internal.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.api.ReimportResult;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.amazon.plugin.internal.channel.StoredChannel;
import org.catura.amazon.plugin.internal.client.FetchedOrder;
import org.catura.amazon.plugin.internal.client.OrderSearch;
import org.catura.amazon.plugin.internal.client.OrdersPage;
import org.catura.amazon.plugin.internal.client.SpApiClient;
import org.catura.amazon.plugin.internal.client.SpApiException;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderProcess;
import org.catura.ticket.api.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import of Amazon orders by lastUpdatedTime window. A run opens the window
 * [watermark − overlap, now − two minutes] (or resumes the one a stopped run left open), pages
 * through searchOrders, and commits each page in one transaction together with the progress: the
 * token of the next page, or at the window's end the new watermark. Killed at any instant it
 * redoes at most the page whose transaction had not committed; orders are stored once per
 * (channel, Amazon order id) by the order process, so nothing is doubled. An order it cannot take
 * holds the watermark for the hold limit only; after that each run fetches it alone with getOrder.
 */
public final class ImportService implements AmazonImports {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Database database;
    private final ChannelService channels;
    private final ChannelClients clients;
    private final ImportSettings settings;
    private final Clock clock;
    private final ImportObserver observer;
    private final ImportStateStore states = new ImportStateStore();
    private final ImportRuns runs = new ImportRuns();
    private final ImportErrors errors;
    private final ImportErrorTickets tickets;
    private final OrderIntake intake;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    public ImportService(Database database, OrderProcess process, ChannelService channels, ChannelClients clients,
            ImportSettings settings, Clock clock, ImportObserver observer) {
        this(database, process, channels, clients, settings, clock, observer, ImportErrorTickets.none());
    }

    /** @param tickets the ticket service when there is one now: each open import error gets a ticket */
    public ImportService(Database database, OrderProcess process, ChannelService channels, ChannelClients clients,
            ImportSettings settings, Clock clock, ImportObserver observer, Supplier<Optional<Tickets>> tickets) {
        this.database = database;
        this.channels = channels;
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
        this.observer = observer;
        this.errors = new ImportErrors(clock);
        this.tickets = new ImportErrorTickets(tickets, errors);
        this.intake = new OrderIntake(process, errors, this.tickets);
    }

    @Override
    public ImportReport runNow(String channel) {
        return run(channel, ImportReport.Kind.MANUAL);
    }

    /** The scheduled run: does nothing while the channel's sync is disabled. */
    public ImportReport runScheduled(String channel) {
        return run(channel, ImportReport.Kind.SCHEDULED);
    }

    private ImportReport run(String name, ImportReport.Kind kind) {
        StoredChannel stored = channels.require(name);
        if (kind == ImportReport.Kind.SCHEDULED && !stored.channel().syncEnabled()) {
            return notRun(name, kind, "order sync of channel " + name + " is disabled");
        }
        ReentrantLock lock = running.computeIfAbsent(name, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            return notRun(name, kind, "another run of channel " + name + " is in progress on this node");
        }
        try {
            return new WindowRun(stored, kind).run();
        } finally {
            lock.unlock();
        }
    }

    /** One run over the channel's window. */
    private final class WindowRun implements OrderPages.Receiver {
        private final StoredChannel stored;
        private final String name;
        /** The channel's tenant: its orders are handed in, and their documents made, for it. */
        private final int tenant;
        private final long runId;
        private RunTotals totals = new RunTotals();
        private ImportState state;
        private SpApiClient client;
        private long calls0;
        private long throttled0;

        WindowRun(StoredChannel stored, ImportReport.Kind kind) {
            this.stored = stored;
            this.name = stored.name();
            this.tenant = stored.channel().tenantId();
            this.runId = database.inTransaction(tenant, tx -> runs.start(tx, name, kind));
        }

        ImportReport run() {
            ImportReport.Outcome outcome = ImportReport.Outcome.COMPLETED;
            String message;
            try {
                client = clients.client(stored);
                calls0 = client.statistics().totalCalls();
                throttled0 = client.statistics().totalThrottled();
                ImportState opened = database.inTransaction(tenant, this::begin);
                if (!opened.windowOpen()) {
                    message = "nothing to import yet: the window up to two minutes ago is empty";
                } else {
                    pages(opened);
                    message = totals.failed > 0
                            ? totals.failed + " order(s) could not be imported; the watermark waits for them"
                            : null;
                }
                int released = retryReleased();
                if (released > 0) {
                    message = (message == null ? "" : message + "; ") + released + " order(s) held longer than "
                            + settings.holdLimit().toHours() + " h still fail when fetched alone (getOrder)";
                }
            } catch (Superseded e) {
                outcome = ImportReport.Outcome.SKIPPED;
                message = e.getMessage();
            } catch (RuntimeException e) {
                outcome = ImportReport.Outcome.FAILED;
                message = e.getMessage() == null ? e.toString() : e.getMessage();
                LOG.warn("Amazon import of channel {} (run {}) stopped: {}", name, runId, message);
            }
            meterCalls();
            ImportReport.Outcome end = outcome;
            String text = message;
            return database.inTransaction(tenant, tx -> {
                Instant watermark = states.find(tx, name).map(ImportState::watermark).orElse(null);
                runs.finish(tx, runId, end, totals, watermark, text);
                return runs.get(tx, runId).orElseThrow();
            });
        }

        /**
         * Fetches each order whose error no longer holds the watermark on its own and takes it in
         * again, one transaction each.
         *
         * @return how many of them still fail
         */
        private int retryReleased() {
            List<String> ids = database.inTransaction(tenant, tx -> errors.released(tx, name, heldSince(), runId));
            int stillFailing = 0;
            for (String id : ids) {
                FetchedOrder fetched;
                try {
                    fetched = client.getOrder(id, OrderSearch.IMPORT_DATA);
                } catch (SpApiException e) {
                    String why = "order " + id + " could not be fetched with getOrder: " + e.getMessage()
                            + (e.status() == 404 ? "; Amazon does not know it (any more): skip it" : "");
                    database.inTransaction(tenant, tx -> {
                        errors.attemptFailed(tx, name, id, why, runId);
                        return null;
                    });
                    stillFailing++;
                    continue;
                }
                RunTotals before = totals;
                totals = database.inTransaction(tenant, tx -> {
                    RunTotals counted = new RunTotals();
                    Instant hold = states.find(tx, name).map(ImportState::watermark).orElse(clock.instant());
                    count(counted, intake.take(tx, name, fetched, hold, runId));
                    RunTotals after = before.plus(counted);
                    runs.progress(tx, runId, after);
                    return after;
                });
                if (totals.failed > before.failed) {
                    stillFailing++;
                }
                meterCalls();
            }
            return stillFailing;
        }

        private ImportState begin(Tx tx) {
            tickets.catchUp(tx, name);
            AmazonChannel c = stored.channel();
            ImportState s = states.lock(tx, name);
            if (s.windowOpen()) {
                if (s.runId() != null) {
                    runs.interrupted(tx, s.runId());
                }
                s = states.claim(tx, s, runId);
            } else {
                Instant now = clock.instant();
                Instant to = now.minus(ImportSettings.lag(c.timeCompression()));
                Instant from = s.watermark() != null ? s.watermark().minus(overlap(c))
                        : c.importSince() != null ? c.importSince() : now.minus(settings.firstLookback());
                if (!from.isBefore(to)) {
                    return s;
                }
                s = states.open(tx, s, runId, from, to);
            }
            runs.window(tx, runId, s.windowFrom(), s.windowTo());
            return s;
        }

        private void pages(ImportState first) {
            state = first;
            new OrderPages(client, settings.pageSize()).walk(first.windowFrom(), first.windowTo(),
                    stored.channel().marketplaceIds(), first.pageToken(), this);
        }

        @Override
        public void page(OrdersPage page) {
            meterCalls();
            ImportState expected = state;
            RunTotals before = totals;
            Object[] result = database.inTransaction(tenant, tx -> writePage(tx, expected, page, before));
            state = (ImportState) result[0];
            totals = (RunTotals) result[1];
            observer.pageCommitted(name, totals.pages);
        }

        @Override
        public boolean tokenExpired() {
            // the window is read again from its start
            ImportState expected = state;
            state = database.inTransaction(tenant, tx -> states.advance(tx, locked(tx, expected), null));
            return true;
        }

        private Object[] writePage(Tx tx, ImportState expected, OrdersPage page, RunTotals before) throws Exception {
            ImportState current = locked(tx, expected);
            RunTotals counted = new RunTotals();
            counted.pages = 1;
            for (FetchedOrder order : page.orders()) {
                count(counted, intake.take(tx, name, order, current.windowFrom(), runId));
            }
            ImportState next;
            if (page.hasNext()) {
                next = states.advance(tx, current, page.nextToken());
            } else {
                Instant hold = errors.earliestHold(tx, name, heldSince());
                next = states.finish(tx, current, hold != null && hold.isBefore(current.windowTo()) ? hold
                        : current.windowTo());
            }
            RunTotals after = before.plus(counted);
            runs.progress(tx, runId, after);
            observer.pageWritten(tx, name, after.pages);
            return new Object[] {next, after};
        }

        /** The state row, locked, as this run last wrote it; otherwise another run has taken the window over. */
        private ImportState locked(Tx tx, ImportState expected) {
            ImportState current = states.lock(tx, name);
            if (current.version() != expected.version()) {
                throw new Superseded("another run of channel " + name + " took the import window over; "
                        + "this run stopped without writing its page");
            }
            return current;
        }

        private void meterCalls() {
            if (client != null) {
                totals.apiCalls = client.statistics().totalCalls() - calls0;
                totals.throttled = client.statistics().totalThrottled() - throttled0;
            }
        }
    }

    @Override
    public ImportReport resync(String name, Instant from, Instant to) {
        StoredChannel stored = channels.require(name);
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("A re-sync needs a window with from before to, got " + from + " .. " + to);
        }
        Instant latest = clock.instant().minus(ImportSettings.lag(stored.channel().timeCompression()));
        Instant end = to.isAfter(latest) ? latest : to;
        if (!from.isBefore(end)) {
            throw new IllegalArgumentException("A re-sync window must start before " + latest
                    + " (Amazon answers only up to two minutes ago), got " + from);
        }
        long runId = database.inTransaction(stored.channel().tenantId(), tx -> {
            long id = runs.start(tx, name, ImportReport.Kind.RESYNC);
            runs.window(tx, id, from, end);
            return id;
        });
        RunTotals totals = new RunTotals();
        ImportReport.Outcome outcome = ImportReport.Outcome.COMPLETED;
        String message = end.equals(to) ? null : "window shortened to end two minutes ago (" + end + ")";
        SpApiClient client = null;
        long calls0 = 0;
        long throttled0 = 0;
        try {
            client = clients.client(stored);
            calls0 = client.statistics().totalCalls();
            throttled0 = client.statistics().totalThrottled();
            new OrderPages(client, settings.pageSize()).walk(from, end, stored.channel().marketplaceIds(), null,
                    page -> totals.add(database.inTransaction(stored.channel().tenantId(), tx -> {
                        RunTotals counted = new RunTotals();
                        counted.pages = 1;
                        for (FetchedOrder order : page.orders()) {
                            count(counted, intake.take(tx, name, order, from, runId));
                        }
                        runs.progress(tx, runId, totals.plus(counted));
                        return counted;
                    })));
        } catch (RuntimeException e) {
            outcome = ImportReport.Outcome.FAILED;
            message = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("Amazon re-sync of channel {} (run {}) stopped: {}", name, runId, message);
        }
        if (client != null) {
            totals.apiCalls = client.statistics().totalCalls() - calls0;
            totals.throttled = client.statistics().totalThrottled() - throttled0;
        }
        RunTotals done = totals;
        ImportReport.Outcome end2 = outcome;
        String text = message;
        return database.inTransaction(stored.channel().tenantId(), tx -> {
            runs.finish(tx, runId, end2, done, null, text);
            return runs.get(tx, runId).orElseThrow();
        });
    }

    @Override
    public ReimportResult reimportOrder(String name, String amazonOrderId) {
        StoredChannel stored = channels.require(name);
        if (amazonOrderId == null || amazonOrderId.isBlank()) {
            throw new IllegalArgumentException("Which Amazon order? The order id is missing");
        }
        String id = amazonOrderId.trim();
        FetchedOrder fetched;
        try {
            fetched = clients.client(stored).getOrder(id, OrderSearch.IMPORT_DATA);
        } catch (SpApiException e) {
            return new ReimportResult(name, id, e.status() == 404 ? ReimportResult.Outcome.NOT_FOUND
                    : ReimportResult.Outcome.FAILED, null, null, e.getMessage());
        }
        OrderIntake.Taken taken = database.inTransaction(stored.channel().tenantId(), tx -> {
            Instant hold = states.find(tx, name).map(ImportState::watermark).orElse(clock.instant());
            return intake.take(tx, name, fetched, hold, null);
        });
        ReimportResult.Outcome outcome = switch (taken.kind()) {
            case CREATED -> ReimportResult.Outcome.CREATED;
            case UPDATED -> ReimportResult.Outcome.UPDATED;
            case UNCHANGED -> ReimportResult.Outcome.UNCHANGED;
            case SKIPPED, FAILED -> ReimportResult.Outcome.FAILED;
        };
        LOG.info("Amazon order {} of channel {} re-imported: {}", id, name, outcome);
        return new ReimportResult(name, id, outcome, taken.orderId(),
                taken.change() == null ? null : taken.change().name(), taken.message());
    }

    @Override
    public List<ImportReport> recentRuns(String channel, int limit) {
        return database.inTransaction(tx -> runs.recent(tx, channel, Math.max(1, limit)));
    }

    @Override
    public List<ImportError> recentErrors(String channel, int limit) {
        return database.inTransaction(tx -> errors.recent(tx, channel, Math.max(1, limit)));
    }

    @Override
    public boolean skipOrder(String channel, String amazonOrderId, String who) {
        String by = who == null || who.isBlank() ? "unknown" : who;
        boolean skipped = database.inTransaction(tx -> {
            List<ImportErrors.Resolved> ended = errors.skip(tx, channel, amazonOrderId, by);
            for (ImportErrors.Resolved r : ended) {
                tickets.resolved(tx, r, by, "Skipped by " + by + ": the import no longer tries Amazon order "
                        + amazonOrderId);
            }
            return !ended.isEmpty();
        });
        if (skipped) {
            LOG.info("Amazon order {} of channel {} skipped by {}", amazonOrderId, channel, who);
        }
        return skipped;
    }

    @Override
    public List<ImportError> openErrors(int limit) {
        return database.inTransaction(tx -> errors.open(tx, Math.max(1, limit)));
    }

    @Override
    public long openErrorCount() {
        return database.inTransaction(errors::openCount);
    }

    @Override
    public Optional<Instant> watermark(String channel) {
        return database.inTransaction(tx -> states.find(tx, channel).map(ImportState::watermark));
    }

    /** Errors that first failed at or before this instant no longer hold the watermark. */
    private Instant heldSince() {
        return clock.instant().minus(settings.holdLimit());
    }

    /** The overlap in Amazon's time: shortened like everything else when the channel runs time-compressed. */
    private static Duration overlap(AmazonChannel c) {
        return Duration.ofNanos((long) (Duration.ofMinutes(c.overlapMinutes()).toNanos()
                / Math.max(1.0, c.timeCompression())));
    }

    private static void count(RunTotals t, OrderIntake.Taken taken) {
        t.seen++;
        switch (taken.kind()) {
            case CREATED -> t.created++;
            case UPDATED -> t.updated++;
            case UNCHANGED -> t.unchanged++;
            case SKIPPED -> t.skipped++;
            case FAILED -> t.failed++;
        }
    }

    private ImportReport notRun(String name, ImportReport.Kind kind, String why) {
        Instant now = clock.instant();
        return new ImportReport(0, name, kind, ImportReport.Outcome.SKIPPED, null, null, now, now, 0, 0, 0, 0, 0, 0,
                0, 0, 0, watermark(name).orElse(null), why);
    }

    /** Another run committed the window's progress first. */
    private static final class Superseded extends RuntimeException {
        Superseded(String message) {
            super(message);
        }
    }
}
