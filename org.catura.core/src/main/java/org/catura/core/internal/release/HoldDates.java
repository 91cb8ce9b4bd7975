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

    private HoldDates() {
    }

    /**
     * @throws IllegalArgumentException naming the value when it is no date
     */
    static Instant toInstant(Object value, Instant now) {
        if (value instanceof Number n) {
            long seconds = new BigDecimal(n.toString()).multiply(BigDecimal.valueOf(3600)).longValue();
            return now.plus(Duration.ofSeconds(seconds));
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
                throw new IllegalArgumentException("'" + s + "' is not a date like 2026-12-27, an instant like "
                        + "2026-12-27T07:00:00Z or a number of hours");
            }
        }
        throw new IllegalArgumentException("gave " + (value == null ? "null" : value.getClass().getSimpleName())
                + ", not a date or a number of hours");
    }
}
