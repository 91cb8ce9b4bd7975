package org.catura.shipping.internal.transmission;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Until when a carrier's confirmation is due: its ConfirmWithinHours counted in its working
 * hours only. The clock starts at the handover, or at the next working day's start when the
 * handover is outside the hours or after the cut-off (what the carrier takes after the cut-off
 * it works on the next day). Hours are real elapsed time, so a working day that crosses a
 * daylight-saving change is an hour shorter or longer, as it is for the people working it.
 */
public final class ConfirmationDeadline {

    /** More than a year of searching means the hours can never be used up: a bug, not a deadline. */
    private static final int MAX_DAYS = 400;

    private ConfirmationDeadline() {
    }

    public static Instant due(Instant handedOver, WorkingHours hours, int withinHours) {
        if (withinHours < 0) {
            throw new IllegalArgumentException("ConfirmWithinHours is negative: " + withinHours);
        }
        ZonedDateTime local = handedOver.atZone(hours.zone());
        LocalDate day = local.toLocalDate();
        ZonedDateTime clock = local;
        if (!works(hours, day) || !clock.isBefore(end(hours, day)) || afterCutOff(hours, local)) {
            day = nextWorkingDay(hours, day);
            clock = start(hours, day);
        } else if (clock.isBefore(start(hours, day))) {
            clock = start(hours, day);
        }
        Duration left = Duration.ofHours(withinHours);
        for (int i = 0; i < MAX_DAYS; i++) {
            Duration today = Duration.between(clock, end(hours, day));
            if (left.compareTo(today) <= 0) {
                return clock.plus(left).toInstant();
            }
            left = left.minus(today);
            day = nextWorkingDay(hours, day);
            clock = start(hours, day);
        }
        throw new IllegalStateException("No deadline within " + MAX_DAYS + " days for " + hours);
    }

    private static boolean afterCutOff(WorkingHours hours, ZonedDateTime local) {
        return hours.cutOff() != null && !local.toLocalTime().isBefore(hours.cutOff());
    }

    private static boolean works(WorkingHours hours, LocalDate day) {
        return hours.days().contains(day.getDayOfWeek());
    }

    private static LocalDate nextWorkingDay(WorkingHours hours, LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (!works(hours, day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static ZonedDateTime start(WorkingHours hours, LocalDate day) {
        return day.atTime(hours.start()).atZone(hours.zone());
    }

    private static ZonedDateTime end(WorkingHours hours, LocalDate day) {
        return hours.endsAtMidnight() ? day.plusDays(1).atStartOfDay(hours.zone())
                : day.atTime(hours.end()).atZone(hours.zone());
    }
}
