package org.catura.erp.adempiere.component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Waits for the ERP database, then publishes a service once. DS activates our components when
 * the bundle starts, which in iDempiere may be before Adempiere.startup() has opened the
 * database, and DS never retries a failed activation: so the component activates at once and
 * this polls (1 s doubling to 30 s by default) on a thread of its own, and the service appears
 * late instead of never.
 */
final class ErpStartup implements AutoCloseable {

    static final String WAITING = "waiting for the iDempiere database (Adempiere.startup has not run)";

    private final String what;
    private final BooleanSupplier databaseOpen;
    private final Supplier<AutoCloseable> publish;
    private final Logger log;
    private final Duration maxDelay;
    private final ScheduledExecutorService thread;
    private Duration delay;
    private volatile String state = WAITING;
    private AutoCloseable published;
    private boolean closed;
    private String loggedWaiting;

    /** Thrown by {@code publish} when something besides the database is not there yet: the state says what. */
    static final class NotYet extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotYet(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * @param publish creates and registers the service; what it returns is closed (unregistered)
     *     with this startup. Throwing stops the waiting: the failure is the state.
     */
    ErpStartup(String what, BooleanSupplier databaseOpen, Supplier<AutoCloseable> publish, Logger log,
            Duration firstDelay, Duration maxDelay) {
        this.what = what;
        this.databaseOpen = databaseOpen;
        this.publish = publish;
        this.log = log;
        this.delay = firstDelay;
        this.maxDelay = maxDelay;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "catura-erp-startup: " + what);
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks now and, while the database is closed, again after each delay. */
    ErpStartup start() {
        thread.execute(this::attempt);
        return this;
    }

    /** "waiting …" (for the database or what a NotYet named), "started" or "failed: …", for the component's toString and a person reading it. */
    String state() {
        return state;
    }

    private void attempt() {
        if (!isOpen()) {
            waitFor(WAITING);
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                published = publish.get();
                state = "started";
            } catch (NotYet e) {
                waitFor(e.getMessage());
            } catch (RuntimeException | LinkageError e) {
                state = "failed: " + e.getMessage();
                log.error("{} not started: {}", what, e.getMessage(), e);
            }
        }
    }

    private void waitFor(String reason) {
        state = reason;
        if (!reason.equals(loggedWaiting)) {
            loggedWaiting = reason;
            log.warn("{} {}; it starts by itself once that is done", what, reason);
        }
        schedule();
    }

    private void schedule() {
        synchronized (this) {
            if (closed) {
                return;
            }
            thread.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
            Duration doubled = delay.multipliedBy(2);
            delay = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
        }
    }

    private boolean isOpen() {
        try {
            return databaseOpen.getAsBoolean();
        } catch (RuntimeException | LinkageError e) {
            // Outside a configured ERP, DB may throw instead of answering false.
            return false;
        }
    }

    @Override
    public void close() {
        AutoCloseable toClose;
        synchronized (this) {
            closed = true;
            toClose = published;
            published = null;
        }
        thread.shutdownNow();
        if (toClose != null) {
            try {
                toClose.close();
            } catch (Exception e) {
                log.warn("{}: unregistering failed: {}", what, e.getMessage());
            }
        }
    }
}
