package org.catura.amazon.plugin.internal.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for 429 and 5xx: attempt n waits between half and all of
 * {@code base * 2^(n-1)}, capped at {@code max}; after {@code maxAttempts} the error goes to the caller.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs at least one attempt, got " + maxAttempts);
        }
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry policy needs 0 <= base <= max, got " + base + " and " + max);
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration backoff(int attempt, RandomGenerator random) {
        long ceiling = base.toNanos() << Math.min(attempt - 1, 30);
        if (ceiling <= 0 || ceiling > max.toNanos()) {
            ceiling = max.toNanos();
        }
        long half = ceiling / 2;
        return Duration.ofNanos(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
