package org.catura.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.catura.core.api.db.Database;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.internal.process.ProcessEngine;

/**
 * Drives an engine's stations and outbox in the test's own thread, round by round
 * ({@link ProcessEngine#runOnce}), until nothing is due ({@link OrderProcess#idle}) or an order
 * has got where the test wants it. Two bounds keep a broken chain from hanging the build: the
 * rounds that move something, and how long rounds may move nothing while an order still waits
 * for a retry. Past either, the test fails naming where the orders stand.
 */
public final class EngineDriver {

    private static final int DEFAULT_ROUNDS = 500;
    private static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(30);
    private static final long NAP_MILLIS = 5;
    private static final int ORDERS_SHOWN = 10;

    private final Database database;
    private final ProcessEngine engine;
    private final OrderProcess process;
    private final int maxRounds;
    private final Duration patience;

    /** @param process the order process over the same engine (its idle check must know the engine's states) */
    public EngineDriver(Database database, ProcessEngine engine, OrderProcess process) {
        this(database, engine, process, DEFAULT_ROUNDS, DEFAULT_PATIENCE);
    }

    private EngineDriver(Database database, ProcessEngine engine, OrderProcess process, int maxRounds,
            Duration patience) {
        this.database = database;
        this.engine = engine;
        this.process = process;
        this.maxRounds = maxRounds;
        this.patience = patience;
    }

    /**
     * The same driver with other bounds: at most {@code maxRounds} rounds that handle something,
     * and at most {@code patience} of rounds in a row that handle nothing.
     */
    public EngineDriver withBounds(int maxRounds, Duration patience) {
        return new EngineDriver(database, engine, process, maxRounds, patience);
    }

    /**
     * Runs rounds until no order has work due and no outbox message waits.
     *
     * @return the rounds that handled something
     * @throws AssertionError naming the orders that still have work when a bound is reached
     */
    public int runUntilIdle() {
        return drive(() -> database.inTransaction(process::idle), () -> "the order process to become idle");
    }

    /**
     * Runs rounds until the order's process row satisfies {@code done}; other orders may still
     * have work then.
     *
     * @return the order's row as it was when {@code done} held
     */
    public OrderProcessView runUntil(long orderId, Predicate<OrderProcessView> done) {
        drive(() -> done.test(view(orderId)), () -> "order " + orderId + " to get there; it is " + describe(orderId));
        return view(orderId);
    }

    /** Runs until the order is in {@code state}. */
    public OrderProcessView runUntil(long orderId, OrderState state) {
        return runUntil(orderId, v -> v.state() == state);
    }

    public OrderProcessView view(long orderId) {
        return database.inTransaction(tx -> process.view(tx, orderId))
                .orElseThrow(() -> new AssertionError("There is no order " + orderId + " in the process"));
    }

    private int drive(Condition reached, Supplier<String> goal) {
        int busyRounds = 0;
        long quietSince = 0;
        while (!reached.holds()) {
            if (engine.runOnce() > 0) {
                quietSince = 0;
                if (++busyRounds >= maxRounds) {
                    throw new AssertionError("Waited for " + goal.get() + " in vain: " + maxRounds
                            + " rounds handled something and work is still left. " + whereOrdersStand());
                }
                continue;
            }
            long now = System.nanoTime();
            if (quietSince == 0) {
                quietSince = now;
            } else if (now - quietSince > patience.toNanos()) {
                throw new AssertionError("Waited for " + goal.get() + " in vain: nothing was handled for " + patience
                        + " though work is left. " + whereOrdersStand());
            }
            nap();
        }
        return busyRounds;
    }

    /** The orders that keep the process from being idle, and the count per state. */
    String whereOrdersStand() {
        return database.inTransaction(tx -> {
            Set<OrderState> worked = engine.workStates();
            Map<OrderState, Long> counts = process.countByState(tx);
            List<OrderProcessView> open = process.list(tx, Optional.empty(), Integer.MAX_VALUE).stream()
                    .filter(v -> worked.contains(v.state()) && !v.parked()).toList();
            StringBuilder text = new StringBuilder("Orders by state: ").append(counts).append('.');
            if (open.isEmpty()) {
                text.append(" No order has work left at a station here; the outbox still holds messages for ")
                        .append(engine.sinkTopics()).append(" (or a message waits for a sink not added).");
            } else {
                text.append(" With work left: ").append(open.stream().limit(ORDERS_SHOWN)
                        .map(EngineDriver::describe).collect(Collectors.joining("; ")));
                if (open.size() > ORDERS_SHOWN) {
                    text.append("; and ").append(open.size() - ORDERS_SHOWN).append(" more");
                }
                text.append('.');
            }
            return text.toString();
        });
    }

    private String describe(long orderId) {
        return database.inTransaction(tx -> process.view(tx, orderId)).map(EngineDriver::describe)
                .orElse("not in the process");
    }

    private static String describe(OrderProcessView v) {
        return "order " + v.orderId() + " (" + v.channel() + " " + v.externalId() + ") in " + v.state()
                + (v.attempts() > 0 ? ", attempt " + v.attempts() : "")
                + (v.lastError() != null ? ", last error: " + v.lastError() : "");
    }

    private static void nap() {
        try {
            Thread.sleep(NAP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while driving the order process", e);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds();
    }
}
