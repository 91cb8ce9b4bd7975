package org.catura.core.internal.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.process.ProcessSettings;

/**
 * How the outbox retries a message: after the n-th failure it waits {@code firstRetry} × 2^(n-1),
 * at most {@code maxRetry}; the {@code maxAttempts}-th failure parks it for a person. Its own
 * schedule, not the stations': a mail server or an API that is down for an hour must not park
 * every message of that hour.
 */
public record RetrySchedule(int maxAttempts, Duration firstRetry, Duration maxRetry) {

    /** Defaults of the outbox; their waits add up to 75½ minutes before a message is parked. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    public static final int DEFAULT_FIRST_RETRY_SECONDS = 30;
    public static final int DEFAULT_MAX_RETRY_SECONDS = 900;

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("An outbox message needs at least 1 attempt, not " + maxAttempts);
        }
    }

    public static RetrySchedule defaults() {
        return new RetrySchedule(DEFAULT_MAX_ATTEMPTS, Duration.ofSeconds(DEFAULT_FIRST_RETRY_SECONDS),
                Duration.ofSeconds(DEFAULT_MAX_RETRY_SECONDS));
    }

    /** The stations' schedule, for an engine given no schedule of the outbox's own. */
    public static RetrySchedule of(ProcessSettings settings) {
        return new RetrySchedule(settings.maxAttempts(), settings.firstRetry(), settings.maxRetry());
    }

    public Duration delayAfter(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration d = firstRetry.multipliedBy(factor);
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    /** Whether the given attempt (counted from 1) is the last one before the message is parked. */
    public boolean lastAttempt(int attempt) {
        return attempt >= maxAttempts;
    }

    /** The waits between the attempts, in order: one fewer than there are attempts. */
    public List<Duration> waits() {
        List<Duration> waits = new ArrayList<>();
        for (int failures = 1; failures < maxAttempts; failures++) {
            waits.add(delayAfter(failures));
        }
        return waits;
    }

    /** How long the other side may be down, from the first failed attempt, before a message is parked. */
    public Duration outageCovered() {
        return waits().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
