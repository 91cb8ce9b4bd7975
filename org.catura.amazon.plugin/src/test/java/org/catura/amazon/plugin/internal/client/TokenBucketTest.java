package org.catura.amazon.plugin.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final FakeTime time = new FakeTime();

    @Test
    void burstIsFreeThenCallsAreSpacedByTheRate() {
        TokenBucket bucket = new TokenBucket(0.5, 3, 1, time);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, bucket.reserve(), "call " + i + " is within the burst");
        }
        assertEquals(2 / TokenBucket.SAFETY, seconds(bucket.reserve()), 1e-6, "at 0.5/s the fourth call waits 2 s (plus margin)");
        assertEquals(4 / TokenBucket.SAFETY, seconds(bucket.reserve()), 1e-6, "the fifth queues behind the fourth");
    }

    @Test
    void refillsWithElapsedTimeUpToTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 10, 1, time);
        for (int i = 0; i < 10; i++) {
            bucket.reserve();
        }
        time.advance(Duration.ofSeconds(2));
        assertEquals(4.0 * TokenBucket.SAFETY, bucket.tokens(), 1e-9);
        time.advance(Duration.ofHours(1));
        assertEquals(10.0, bucket.tokens(), 1e-9, "never more than the burst");
    }

    @Test
    void timeCompressionMakesTheUsagePlanFaster() {
        // searchOrders: 0.0056/s; compressed 1000x a token comes every 1/5.6 s
        TokenBucket bucket = new TokenBucket(0.0056, 1, 1000, time);
        bucket.reserve();
        Duration wait = bucket.reserve();
        assertEquals(1 / 5.6 / TokenBucket.SAFETY, seconds(wait), 1e-6);
    }

    @Test
    void drainAfterA429MakesTheNextCallWaitAFullInterval() {
        TokenBucket bucket = new TokenBucket(1, 5, 1, time);
        bucket.drain();
        assertEquals(1 / TokenBucket.SAFETY, seconds(bucket.reserve()), 1e-6);
    }

    @Test
    void followsTheRateAmazonReports() {
        RateLimiter limiter = new RateLimiter(1, time);
        limiter.onSuccess(SpApiOperation.GET_ORDER, "2.5");
        assertEquals(2.5, limiter.bucket(SpApiOperation.GET_ORDER).rate(), 1e-9);
        limiter.onSuccess(SpApiOperation.GET_ORDER, "not a number");
        limiter.onSuccess(SpApiOperation.GET_ORDER, null);
        assertEquals(2.5, limiter.bucket(SpApiOperation.GET_ORDER).rate(), 1e-9, "unreadable headers change nothing");
        assertEquals(0.0056, limiter.bucket(SpApiOperation.SEARCH_ORDERS).rate(), 1e-9, "other operations untouched");
    }

    @Test
    void rateLimiterSleepsOnTheTimeSource() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(1, time);
        for (int i = 0; i < 11; i++) {
            limiter.acquire(SpApiOperation.CONFIRM_SHIPMENT);
        }
        // burst 10 at 2/s: the eleventh waits half a second
        assertEquals(0.5 / TokenBucket.SAFETY, seconds(time.sleeps.get(time.sleeps.size() - 1)), 1e-6);
        assertTrue(time.sleeps.subList(0, 10).stream().allMatch(Duration::isZero));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Test
    void rejectsNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 1, time));
        assertTrue(e.getMessage().contains("rate > 0"), e.getMessage());
    }

    @Test
    void backoffGrowsWithJitterAndIsCapped() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(700));
        java.util.Random random = new java.util.Random(1);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long ceiling = Math.min(100L << (attempt - 1), 700);
            for (int i = 0; i < 50; i++) {
                long ms = policy.backoff(attempt, random).toMillis();
                assertTrue(ms >= ceiling / 2 && ms <= ceiling, "attempt " + attempt + " waited " + ms);
            }
        }
    }
}
