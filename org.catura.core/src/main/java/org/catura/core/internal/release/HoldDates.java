package org.catura.core.internal.release;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads what a hold date expression gave: an instant, a date (its start, UTC) or hours from now. */
final class HoldDates {

    static final String WHAT_IS_A_DATE = "a date like 2026-12-27, an instant like 2026-12-27T07:00:00Z or a number"
            + " of hours";

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100L * 366 * 24);

    private HoldDates() {
    }

    /**
     * @throws IllegalArgumentException saying what kind of value it was, never the value (a buyer's data)
     */
    static Instant toInstant(Object value, Instant now) {
        if (value instanceof Number n) {
            BigDecimal hours;
            try {
                hours = new BigDecimal(n.toString());
            } catch (NumberFormatException notFinite) {
                throw new IllegalArgumentException("gave a number that is not finite, not " + WHAT_IS_A_DATE);
            }
            // Checked before any arithmetic: 1E+999999999 would otherwise be expanded digit by digit.
            if (hours.abs().compareTo(MAX_HOURS) > 0) {
                throw new IllegalArgumentException("gave a number of hours beyond 100 years");
            }
            return now.plus(Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue()));
        }
        if (value instanceof String s) {
            String text = s.strip();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                // try the next form
            }
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDateTime) {
                // try the next form
            }
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException("gave text that is not " + WHAT_IS_A_DATE);
            }
        }
        throw new IllegalArgumentException("gave " + RuleConditions.kind(value) + ", not " + WHAT_IS_A_DATE);
    }
}
