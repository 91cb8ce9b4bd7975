package org.catura.amazon.plugin.internal.imports;

import java.time.Duration;

/**
 * How the import runs.
 *
 * @param pageSize      orders per searchOrders page (1..100)
 * @param firstLookback where a channel's very first window starts when it names no start
 * @param holdLimit     how long an order the import cannot take may hold its channel's watermark;
 *                      after that the watermark moves on and the order is fetched alone (getOrder)
 *                      on every run until it imports or a person skips it
 */
public record ImportSettings(int pageSize, Duration firstLookback, Duration holdLimit) {

    /** Long enough for a seller to fix an order at Amazon or a person to look at it, short enough not to stall a channel. */
    public static final Duration DEFAULT_HOLD_LIMIT = Duration.ofHours(24);

    /** Amazon's rule: a lastUpdatedBefore at least two minutes in the past; five seconds more for clock skew. */
    static final Duration AMAZON_LAG = Duration.ofSeconds(125);

    public ImportSettings {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page size must be 1..100, got " + pageSize);
        }
        if (holdLimit == null || holdLimit.isNegative()) {
            throw new IllegalArgumentException("the hold limit of import errors must be zero or more, got " + holdLimit);
        }
    }

    /** With the default hold limit of 24 hours. */
    public ImportSettings(int pageSize, Duration firstLookback) {
        this(pageSize, firstLookback, DEFAULT_HOLD_LIMIT);
    }

    public static ImportSettings defaults() {
        return new ImportSettings(100, Duration.ofHours(24));
    }

    /** The two-minute rule shrinks with time compression, as the sandbox applies it. */
    static Duration lag(double timeCompression) {
        return Duration.ofNanos((long) Math.ceil(AMAZON_LAG.toNanos() / Math.max(1.0, timeCompression)));
    }
}
