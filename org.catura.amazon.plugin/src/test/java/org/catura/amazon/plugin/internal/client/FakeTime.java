package org.catura.amazon.plugin.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when told to or when someone sleeps; sleeps are recorded. */
final class FakeTime implements TimeSource {

    private long nanos;
    private final Instant start = Instant.parse("2026-03-01T10:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return start.plusNanos(nanos);
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += duration.toNanos();
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }
}
