package org.catura.runtime.internal;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import org.catura.core.api.process.OrderState;

/** Waiting for the order process to run out of work, and saying where the orders stand. */
final class Idle {

    private Idle() {
    }

    /** Returns once the process reports idle twice in a row (a station may just be between two orders). */
    static void waitFor(Session session) throws InterruptedException {
        int idleSeen = 0;
        while (idleSeen < 2) {
            Thread.sleep(500);
            boolean idle = session.database().inTransaction(tx -> session.process().idle(tx));
            idleSeen = idle ? idleSeen + 1 : 0;
        }
    }

    static Map<OrderState, Long> counts(Session session) {
        Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
        counts.putAll(session.database().inTransaction(tx -> session.process().countByState(tx)));
        return counts;
    }

    static void printSummary(Session session, PrintStream out) {
        Map<OrderState, Long> counts = counts(session);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        out.println("Orders by state (" + total + " in all):");
        counts.forEach((state, n) -> {
            if (n > 0) {
                out.printf("  %-20s %d%n", state, n);
            }
        });
    }
}
