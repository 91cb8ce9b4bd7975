package org.catura.core.api.process;

import java.time.Duration;

/**
 * How the engine retries: after the n-th failure it waits {@code firstRetry} × 2^(n-1), at
 * most {@code maxRetry}; after {@code maxAttempts} failures the order is parked for a person.
 */
public record ProcessSettings(int maxAttempts, Duration firstRetry, Duration maxRetry, int batchSize,
        Duration lease, Duration idlePoll) {

    public static ProcessSettings defaults() {
        return new ProcessSettings(5, Duration.ofSeconds(10), Duration.ofMinutes(30), 20, Duration.ofMinutes(5),
                Duration.ofMillis(500));
    }

    public Duration retryDelay(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration d = firstRetry.multipliedBy(factor);
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
