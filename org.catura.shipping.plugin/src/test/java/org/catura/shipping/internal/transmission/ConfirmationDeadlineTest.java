package org.catura.shipping.internal.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The watchdog's deadline in a carrier's working hours: Berlin, Monday to Friday 08:00–18:00. */
class ConfirmationDeadlineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final WorkingHours office = WorkingHours.parse("12345", "08:00", "18:00", null, "Europe/Berlin");
    final WorkingHours withCutOff = WorkingHours.parse("12345", "08:00", "18:00", "15:00", "Europe/Berlin");

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void withinTheDayTheHoursAreSimplyAdded() {
        // Wednesday 2026-12-02 10:00 + 4 h
        assertEquals(berlin("2026-12-02T14:00"), ConfirmationDeadline.due(berlin("2026-12-02T10:00"), office, 4));
    }

    @Test
    void hoursLeftAtTheEndOfTheDayGoOnTheNextMorning() {
        // 16:00 + 4 h: 2 h today, 2 h from Thursday 08:00
        assertEquals(berlin("2026-12-03T10:00"), ConfirmationDeadline.due(berlin("2026-12-02T16:00"), office, 4));
    }

    @Test
    void twentyFourWorkingHoursAreTwoAndAHalfWorkingDays() {
        // Wednesday 10:00: 8 h Wed, 10 h Thu, 6 h Fri
        assertEquals(berlin("2026-12-04T14:00"), ConfirmationDeadline.due(berlin("2026-12-02T10:00"), office, 24));
    }

    @Test
    void theWeekendDoesNotCount() {
        // Friday 2026-12-04 17:00 + 3 h: 1 h Friday, 2 h Monday
        assertEquals(berlin("2026-12-07T10:00"), ConfirmationDeadline.due(berlin("2026-12-04T17:00"), office, 3));
    }

    @Test
    void aHandoverOnSaturdayStartsTheClockOnMonday() {
        assertEquals(berlin("2026-12-07T09:00"), ConfirmationDeadline.due(berlin("2026-12-05T11:00"), office, 1));
    }

    @Test
    void beforeTheDayStartsTheClockWaitsForIt() {
        assertEquals(berlin("2026-12-02T10:00"), ConfirmationDeadline.due(berlin("2026-12-02T06:30"), office, 2));
    }

    @Test
    void afterHoursTheClockStartsTheNextWorkingMorning() {
        assertEquals(berlin("2026-12-03T10:00"), ConfirmationDeadline.due(berlin("2026-12-02T19:45"), office, 2));
    }

    @Test
    void afterTheCutOffTheClockStartsTheNextWorkingDayThoughTheOfficeIsStillOpen() {
        assertEquals(berlin("2026-12-03T10:00"), ConfirmationDeadline.due(berlin("2026-12-02T15:00"), withCutOff, 2));
        assertEquals(berlin("2026-12-02T16:59"), ConfirmationDeadline.due(berlin("2026-12-02T14:59"), withCutOff, 2));
        // after Friday's cut-off: Monday
        assertEquals(berlin("2026-12-07T10:00"), ConfirmationDeadline.due(berlin("2026-12-04T15:30"), withCutOff, 2));
    }

    @Test
    void aDayThatLosesAnHourToSummerTimeIsAnHourShorter() {
        // Sunday 2027-03-28 02:00 → 03:00 in Berlin; a carrier working every day around the clock
        WorkingHours always = WorkingHours.parse("1234567", "00:00", "24:00", null, "Europe/Berlin");
        Instant saturdayNoon = berlin("2027-03-27T12:00");
        Instant due = ConfirmationDeadline.due(saturdayNoon, always, 24);
        assertEquals(berlin("2027-03-28T13:00"), due, "24 real hours; the wall clock shows 25");
        assertEquals(24 * 3600, due.getEpochSecond() - saturdayNoon.getEpochSecond());
    }

    @Test
    void workingHoursAcrossTheAutumnChangeCountRealTime() {
        // Sunday 2026-10-25 03:00 → 02:00; work 00:00–06:00 on Sundays is 7 real hours that day
        WorkingHours nights = WorkingHours.parse("7", "00:00", "06:00", null, "Europe/Berlin");
        Instant due = ConfirmationDeadline.due(berlin("2026-10-24T12:00"), nights, 7);
        assertEquals(berlin("2026-10-25T06:00"), due);
    }

    @Test
    void theDeadlineIsInTheCarriersTimeZoneNotTheServers() {
        WorkingHours newYork = WorkingHours.parse("12345", "09:00", "17:00", null, "America/New_York");
        // 2026-12-02 20:00 UTC is 15:00 in New York: 2 h today, 1 h Thursday from 09:00 New York = 15:00 UTC
        assertEquals(Instant.parse("2026-12-03T15:00:00Z"),
                ConfirmationDeadline.due(Instant.parse("2026-12-02T20:00:00Z"), newYork, 3));
    }

    @Test
    void zeroHoursIsTheStartOfTheClock() {
        assertEquals(berlin("2026-12-03T08:00"), ConfirmationDeadline.due(berlin("2026-12-02T20:00"), office, 0));
    }

    @Test
    void badWorkingHoursAreRefusedNamingTheColumn() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parse("12a", "08:00", "18:00", null, "Europe/Berlin")).getMessage().startsWith("WorkDays"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parse("12345", "18:00", "08:00", null, "Europe/Berlin")).getMessage().startsWith("WorkDayEnd"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parse("12345", "8 Uhr", "18:00", null, "Europe/Berlin")).getMessage().startsWith("WorkDayStart"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parse("12345", "08:00", "18:00", "3pm", "Europe/Berlin")).getMessage().startsWith("CutOffTime"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parse("12345", "08:00", "18:00", null, "Berlin")).getMessage().startsWith("TimeZone"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WorkingHours.parse("", "08:00", "18:00", null, "Europe/Berlin")).getMessage().startsWith("WorkDays"));
    }
}
