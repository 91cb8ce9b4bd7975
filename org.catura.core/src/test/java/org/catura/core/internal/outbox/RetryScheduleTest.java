package org.catura.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.catura.core.internal.process.EngineConfig;
import org.junit.jupiter.api.Test;

/** The outbox's retry schedule, computed: no clock runs. */
class RetryScheduleTest {

    @Test
    void theDefaultScheduleWaitsMoreThanAnHourBeforeItParksAMessage() {
        RetrySchedule defaults = RetrySchedule.defaults();

        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofMinutes(15)), defaults.waits());
        assertEquals(Duration.ofSeconds(4530), defaults.outageCovered());
        assertTrue(defaults.outageCovered().compareTo(Duration.ofHours(1)) > 0,
                "an SMTP outage of an hour parks nothing: " + defaults.outageCovered());
        assertTrue(defaults.lastAttempt(10));
        assertTrue(!defaults.lastAttempt(9));
    }

    @Test
    void theEnginesConfigurationDefaultsToThatSchedule() throws Exception {
        RetrySchedule configured = new RetrySchedule(
                (Integer) EngineConfig.class.getMethod("outboxMaxAttempts").getDefaultValue(),
                Duration.ofSeconds((Integer) EngineConfig.class.getMethod("outboxFirstRetrySeconds").getDefaultValue()),
                Duration.ofSeconds((Integer) EngineConfig.class.getMethod("outboxMaxRetrySeconds").getDefaultValue()));

        assertEquals(RetrySchedule.defaults(), configured);
    }

    @Test
    void theStationsDefaultScheduleWouldHaveParkedAMessageAfterTwoAndAHalfMinutes() {
        // What the outbox used before it had a schedule of its own.
        RetrySchedule stations = RetrySchedule.of(org.catura.core.api.process.ProcessSettings.defaults());

        assertEquals(Duration.ofSeconds(150), stations.outageCovered());
    }

    @Test
    void waitsDoubleUpToTheLongestWait() {
        RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(10), Duration.ofSeconds(50));

        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(50)), schedule.waits());
    }
}
