package org.catura.shipping.internal.transmission;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a carrier works, as CAT_Carrier configures it: the days (ISO numbers, {@code 12345} =
 * Monday to Friday), the hours in its time zone, and the cut-off after which a shipment handed
 * over that day counts from the next working day. {@code end} {@code 24:00} is midnight.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, boolean endsAtMidnight,
        LocalTime cutOff, ZoneId zone) {

    public WorkingHours {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("WorkDays names no day; use digits 1 (Monday) to 7 (Sunday), e.g. 12345");
        }
        if (!endsAtMidnight && !end.isAfter(start)) {
            throw new IllegalArgumentException("WorkDayEnd " + end + " is not after WorkDayStart " + start);
        }
    }

    /** From the CAT_Carrier columns WorkDays, WorkDayStart, WorkDayEnd, CutOffTime (may be null), TimeZone. */
    public static WorkingHours parse(String workDays, String start, String end, String cutOff, String timeZone) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (char c : (workDays == null ? "" : workDays.strip()).toCharArray()) {
            if (c < '1' || c > '7') {
                throw new IllegalArgumentException("WorkDays '" + workDays + "' may hold only the digits 1 (Monday)"
                        + " to 7 (Sunday)");
            }
            days.add(DayOfWeek.of(c - '0'));
        }
        boolean midnight = "24:00".equals(end == null ? null : end.strip());
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("TimeZone '" + timeZone + "' is no time zone id like Europe/Berlin");
        }
        return new WorkingHours(days, time("WorkDayStart", start), midnight ? LocalTime.MIDNIGHT : time("WorkDayEnd", end),
                midnight, cutOff == null || cutOff.isBlank() ? null : time("CutOffTime", cutOff), zone);
    }

    private static LocalTime time(String column, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is no time of day like 08:00");
        }
    }
}
