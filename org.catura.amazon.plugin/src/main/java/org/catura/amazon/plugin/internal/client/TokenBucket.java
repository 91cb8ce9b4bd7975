package org.catura.amazon.plugin.internal.client;

import java.time.Duration;

/**
 * Amazon's token bucket for one operation, mirrored on our side: {@code rate} tokens per second
 * (Amazon time) refill up to {@code burst}; each request takes one. Callers reserve a token and
 * are told how long to wait for it, so concurrent callers queue up fairly instead of all
 * hitting Amazon at once. {@code timeCompression} makes Amazon time run faster (benchmarks and the
 * demo against the sandbox, which compresses the same way).
 */
public final class TokenBucket {

    /**
     * We refill 2 % slower than Amazon, so that requests arriving a little early (network jitter,
     * a slow first request that started Amazon's refill late) still find their token.
     */
    static final double SAFETY = 0.98;

    private final TimeSource time;
    private final double timeCompression;
    private double rate;
    private final int burst;
    private double tokens;
    private long lastRefill;

    public TokenBucket(double rate, int burst, double timeCompression, TimeSource time) {
        if (rate <= 0 || burst < 1 || timeCompression <= 0) {
            throw new IllegalArgumentException("token bucket needs rate > 0, burst >= 1, time compression > 0; got rate "
                    + rate + ", burst " + burst + ", compression " + timeCompression);
        }
        this.time = time;
        this.rate = rate;
        this.burst = burst;
        this.timeCompression = timeCompression;
        this.tokens = burst;
        this.lastRefill = time.nanoTime();
    }

    /** Takes one token; returns how long to wait before using it (zero when one was there). */
    public synchronized Duration reserve() {
        refill();
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / effectiveRate() * 1e9));
    }

    /**
     * Amazon said 429: its bucket is empty whatever ours believed (another client of the same
     * seller, a restart). Empty ours too, so the next request waits a full refill interval.
     */
    public synchronized void drain() {
        refill();
        tokens = Math.min(tokens, 0);
    }

    /** Follows the rate Amazon reported in {@code x-amzn-RateLimit-Limit}. */
    public synchronized void updateRate(double newRate) {
        if (newRate > 0 && newRate != rate) {
            refill();
            rate = newRate;
        }
    }

    public synchronized double rate() {
        return rate;
    }

    public int burst() {
        return burst;
    }

    /** Tokens available now (negative: reserved ahead). */
    public synchronized double tokens() {
        refill();
        return tokens;
    }

    private double effectiveRate() {
        return rate * timeCompression * SAFETY;
    }

    private void refill() {
        long now = time.nanoTime();
        double elapsedSeconds = (now - lastRefill) / 1e9;
        lastRefill = now;
        tokens = Math.min(burst, tokens + elapsedSeconds * effectiveRate());
    }
}
