package org.catura.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock a test moves forward by hand, to reach a due date, an expiry or the next import
 * window without waiting. Either it stands still at a given instant ({@link #at}) or it runs with
 * the system clock plus the distance moved so far ({@link #running}), for code that also waits
 * for real (an HTTP server, a lease).
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private MovableClock(Clock base) {
        this.base = base;
    }

    /** A clock that shows {@code start} until it is moved. */
    public static MovableClock at(Instant start) {
        return new MovableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** A clock that runs with the system's, shifted by what it has been moved. */
    public static MovableClock running() {
        return new MovableClock(Clock.systemUTC());
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock so that it shows {@code instant} now. */
    public synchronized void moveTo(Instant instant) {
        offset = Duration.between(base.instant(), instant);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Stays in UTC: the code under test reads instants, and one clock must serve every reader. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        return "MovableClock[" + instant() + "]";
    }
}
