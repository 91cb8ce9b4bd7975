package org.catura.amazon.plugin.internal.imports;

import java.time.Duration;

/**
 * How the import runs.
 *
 * @param pageSize      orders per searchOrders page (1..100)
 * @param firstLookback where a channel's very first window starts when it names no start
 */
public record ImportSettings(int pageSize, Duration firstLookback) {

    /** Amazon's rule: a lastUpdatedBefore at least two minutes in the past; five seconds more for clock skew. */
    static final Duration AMAZON_LAG = Duration.ofSeconds(125);

    public ImportSettings {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page size must be 1..100, got " + pageSize);
        }
    }

    public static ImportSettings defaults() {
        return new ImportSettings(100, Duration.ofHours(24));
    }

    /** The two-minute rule shrinks with time compression, as the sandbox applies it. */
    static Duration lag(double timeCompression) {
        return Duration.ofNanos((long) Math.ceil(AMAZON_LAG.toNanos() / Math.max(1.0, timeCompression)));
    }
}
