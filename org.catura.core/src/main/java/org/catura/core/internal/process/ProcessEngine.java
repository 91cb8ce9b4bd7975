package org.catura.core.internal.process;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.db.Database;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessListener;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.WorkerStatus;
import org.catura.core.internal.outbox.OutboxDispatcher;
import org.catura.core.internal.outbox.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the stations and the outbox on this node: each worker thread goes round all
 * stations and the dispatcher, and naps when a whole round found nothing to do. Stations,
 * sinks and listeners come and go as their bundles do.
 */
public final class ProcessEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessEngine.class);
    private static final Duration MIN_STALE = Duration.ofMinutes(1);

    private final StationTable stations = new StationTable();
    private final Map<String, OutboxSink> sinks = new ConcurrentHashMap<>();
    private final ProcessListeners listeners = new ProcessListeners();
    private final ProcessRows rows = new ProcessRows(listeners);
    private final StationRunner runner;
    private final OutboxDispatcher dispatcher;
    private final ProcessSettings settings;
    private final int workers;
    private final String node;
    private ExecutorService pool;
    private volatile boolean running;
    private volatile List<Worker> workerList = List.of();

    /** The outbox retries on the stations' schedule. */
    public ProcessEngine(Database database, ProcessSettings settings, String node, int workers) {
        this(database, settings, RetrySchedule.of(settings), node, workers);
    }

    public ProcessEngine(Database database, ProcessSettings settings, RetrySchedule outboxRetry, String node,
            int workers) {
        this.settings = settings;
        this.workers = workers;
        this.node = node;
        this.runner = new StationRunner(database, settings, node, rows);
        this.dispatcher = new OutboxDispatcher(database, settings, outboxRetry, node, sinks::get);
    }

    /**
     * @throws IllegalStateException when another station at the same state would claim some of
     *                               the same orders (see {@link Station#channels()})
     */
    public void addStation(Station station) {
        stations.add(station);
    }

    public void removeStation(Station station) {
        stations.remove(station);
    }

    public void addListener(ProcessListener listener) {
        listeners.add(listener);
        LOG.info("Order process on node {} tells {} of its transitions", node, listener.getClass().getName());
    }

    public void removeListener(ProcessListener listener) {
        listeners.remove(listener);
    }

    /** The writer of the process rows this engine's stations and its store share, with its listeners. */
    public ProcessRows rows() {
        return rows;
    }

    public void addSink(OutboxSink sink) {
        sinks.put(sink.topic(), sink);
    }

    public void removeSink(OutboxSink sink) {
        sinks.remove(sink.topic(), sink);
    }

    /** The outbox topics some sink on this node delivers. */
    public Set<String> sinkTopics() {
        return Set.copyOf(sinks.keySet());
    }

    /** The states some station on this node works on. */
    public Set<OrderState> workStates() {
        return stations.states();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        runner.releaseStaleLeases();
        dispatcher.releaseStaleLeases();
        running = true;
        if (workers == 0) {
            LOG.info("Order process engine on node {} serves reads only (no workers)", node);
            return;
        }
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "catura-engine-" + node + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Worker> started = new ArrayList<>();
        for (int i = 1; i <= workers; i++) {
            Worker worker = new Worker("catura-engine-" + node + "-" + i, Clock.systemUTC());
            started.add(worker);
            pool.execute(() -> loop(worker));
        }
        workerList = List.copyOf(started);
        LOG.info("Order process engine started on node {} with {} workers", node, workers);
    }

    public synchronized void stop() {
        running = false;
        if (pool != null) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
            pool = null;
        }
        dispatcher.close();
    }

    /** Runs every station and the dispatcher once; returns how many items were handled. */
    public int runOnce() {
        return runOnce(() -> { });
    }

    private int runOnce(Runnable beat) {
        int handled = 0;
        for (StationTable.Entry entry : stations.entries()) {
            beat.run();
            handled += runner.runBatch(entry.station(), entry.channels());
        }
        beat.run();
        handled += dispatcher.dispatchBatch(new ArrayList<>(sinks.keySet()));
        return handled;
    }

    /** The workers of this node: alive, last heartbeat, the failures they survived. */
    public List<WorkerStatus> workers() {
        // A round longer than the lease loses its orders to other workers anyway: such a worker hangs.
        Duration stale = settings.lease().compareTo(MIN_STALE) < 0 ? MIN_STALE : settings.lease();
        return workerList.stream().map(w -> w.status(stale)).toList();
    }

    /**
     * A worker goes on after anything a round throws, an {@link Error} too (a station's stack
     * overflow, a driver's assertion): a dead worker would leave its node's orders undone without
     * anyone noticing. Only an interrupt (stop) ends it.
     */
    private void loop(Worker worker) {
        worker.started();
        try {
            while (running) {
                try {
                    int handled = runOnce(worker::beat);
                    worker.succeeded();
                    if (handled == 0) {
                        Thread.sleep(settings.idlePoll().toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Throwable e) {
                    Duration backoff = worker.failed(e, Duration.ofMillis(Math.max(1000, settings.idlePoll().toMillis())));
                    LOG.error("Engine round of {} failed on node {}; going on in {} ms", worker.name(), node,
                            backoff.toMillis(), e);
                    if (!sleep(backoff)) {
                        return;
                    }
                }
            }
        } finally {
            worker.stopped();
        }
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
