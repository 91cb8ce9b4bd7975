package org.catura.amazon.plugin.internal.client;

import java.time.Duration;
import java.time.Instant;

/** Where the client reads the time and waits; tests pass a fake one so they never sleep for real. */
public interface TimeSource {

    /** Monotonic nanoseconds, for measuring intervals. */
    long nanoTime();

    /** Wall-clock time, for token expiry. */
    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    };
}
