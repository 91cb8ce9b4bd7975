package org.catura.webui.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInLimitsTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final HandClock clock = new HandClock();
    final SignInLimits limits = new SignInLimits(10, Duration.ofMinutes(5), 100, Duration.ofMinutes(1), clock);

    @Test
    void theEleventhAttemptFromOneAddressWithinFiveMinutesIsRefusedUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limits.admit("10.0.0.1").isEmpty(), "attempt " + (i + 1));
            clock.now = clock.now.plusSeconds(10);
        }
        Duration wait = limits.admit("10.0.0.1").orElseThrow();
        assertEquals(Duration.ofSeconds(300 - 100), wait, "the first attempt leaves the window in 200 s");
        assertTrue(limits.admit("10.0.0.2").isEmpty(), "another address is not held up");
        clock.now = clock.now.plus(wait);
        assertTrue(limits.admit("10.0.0.1").isEmpty(), "the window slides");
        assertTrue(limits.admit("10.0.0.1").isPresent(), "but only by the one attempt that left it");
    }

    @Test
    void aHundredAttemptsAMinuteFromAllAddressesStopEveryoneForTheRestOfTheMinute() {
        for (int i = 0; i < 100; i++) {
            assertTrue(limits.admit("10.1." + (i / 250) + "." + (i % 250)).isEmpty());
        }
        assertTrue(limits.admit("192.168.7.7").isPresent(), "the 101st, from a new address");
        clock.now = clock.now.plusSeconds(61);
        assertTrue(limits.admit("192.168.7.7").isEmpty());
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 10; i++) {
            limits.admit("10.0.0.3");
        }
        for (int i = 0; i < 50; i++) {
            limits.admit("10.0.0.3");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertTrue(limits.admit("10.0.0.3").isEmpty());
    }
}
