package org.catura.sandbox.spapi;

/**
 * Amazon's side of a usage plan: a token bucket refilled at {@code rate * timeCompression} per
 * real second up to {@code burst}; a call without a token is refused (429).
 */
final class QuotaBucket {

    private final double ratePerSecond;
    private final int burst;
    private double tokens;
    private long last = System.nanoTime();

    QuotaBucket(UsagePlan plan, double timeCompression) {
        this.ratePerSecond = plan.rate() * timeCompression;
        this.burst = plan.burst();
        this.tokens = burst;
    }

    synchronized boolean tryTake() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * ratePerSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Empties the bucket, as if another application of the same seller had used it up. */
    synchronized void drain() {
        tokens = 0;
        last = System.nanoTime();
    }
}
