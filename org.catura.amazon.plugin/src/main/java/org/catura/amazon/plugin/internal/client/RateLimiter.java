package org.catura.amazon.plugin.internal.client;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** One {@link TokenBucket} per operation, set from Amazon's usage plans and tuned by its answers. */
final class RateLimiter {

    private final Map<SpApiOperation, TokenBucket> buckets = new EnumMap<>(SpApiOperation.class);
    private final TimeSource time;

    public RateLimiter(double timeCompression, TimeSource time) {
        this.time = time;
        for (SpApiOperation op : SpApiOperation.values()) {
            buckets.put(op, new TokenBucket(op.defaultRate(), op.defaultBurst(), timeCompression, time));
        }
    }

    /** Waits until the operation may be called. */
    public void acquire(SpApiOperation op) throws InterruptedException {
        Duration wait = buckets.get(op).reserve();
        time.sleep(wait);
    }

    /** A successful answer: follow the rate Amazon reported, when it reported one. */
    public void onSuccess(SpApiOperation op, String rateLimitHeader) {
        if (rateLimitHeader == null || rateLimitHeader.isBlank()) {
            return;
        }
        try {
            buckets.get(op).updateRate(Double.parseDouble(rateLimitHeader.trim()));
        } catch (NumberFormatException e) {
            // best-effort header: a value we cannot read leaves the usage plan as it was
        }
    }

    public void onThrottled(SpApiOperation op) {
        buckets.get(op).drain();
    }

    public TokenBucket bucket(SpApiOperation op) {
        return buckets.get(op);
    }
}
