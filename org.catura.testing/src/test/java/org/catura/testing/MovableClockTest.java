package org.catura.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void aClockAtAnInstantStandsStillUntilMoved() throws InterruptedException {
        MovableClock clock = MovableClock.at(START);
        Thread.sleep(5);
        assertEquals(START, clock.instant());
        clock.advance(Duration.ofHours(2));
        assertEquals(START.plus(Duration.ofHours(2)), clock.instant());
        clock.moveTo(START.minusSeconds(60));
        assertEquals(START.minusSeconds(60), clock.instant());
    }

    @Test
    void aRunningClockKeepsTheSystemsPaceShiftedByWhatItWasMoved() {
        MovableClock clock = MovableClock.running();
        clock.advance(Duration.ofDays(1));
        Instant expected = Instant.now().plus(Duration.ofDays(1));
        assertTrue(Duration.between(expected, clock.instant()).abs().compareTo(Duration.ofSeconds(5)) < 0,
                clock + " should be a day ahead of " + Instant.now());
        clock.moveTo(START);
        assertTrue(Duration.between(START, clock.instant()).abs().compareTo(Duration.ofSeconds(5)) < 0, clock.toString());
    }

    @Test
    void itIsOneUtcClockForEveryReader() {
        MovableClock clock = MovableClock.at(START);
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertSame(clock, clock.withZone(ZoneId.of("Europe/Berlin")));
        assertEquals(START.toEpochMilli(), clock.millis());
    }
}
