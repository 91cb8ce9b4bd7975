package org.catura.core.internal.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.catura.core.api.process.WorkerStatus;

/**
 * What one worker thread of the engine tells about itself: it beats at every station batch, counts
 * the failures it survived and backs off longer the more rounds in a row fail.
 */
final class Worker {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final String name;
    private final Clock clock;
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile Instant heartbeat;
    private volatile String lastFailure;
    private volatile Instant lastFailureAt;
    private int inARow;

    Worker(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    String name() {
        return name;
    }

    void started() {
        running = true;
        beat();
    }

    void stopped() {
        running = false;
    }

    void beat() {
        heartbeat = clock.instant();
    }

    /** A round went through: the next failure backs off from the start again. */
    void succeeded() {
        inARow = 0;
    }

    /** Records a round that threw; returns how long to back off before the next. */
    Duration failed(Throwable error, Duration base) {
        failures.incrementAndGet();
        lastFailure = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        lastFailureAt = clock.instant();
        inARow = Math.min(inARow + 1, 16);
        Duration backoff = base.multipliedBy(1L << (inARow - 1));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    /** @param stale a heartbeat older than this means the worker hangs (in a query, say) */
    WorkerStatus status(Duration stale) {
        Instant beat = heartbeat;
        boolean fresh = beat != null && beat.isAfter(clock.instant().minus(stale));
        return new WorkerStatus(name, running && fresh, beat, failures.get(), lastFailure, lastFailureAt);
    }
}
