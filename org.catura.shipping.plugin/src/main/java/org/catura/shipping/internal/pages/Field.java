package org.catura.shipping.internal.pages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One column of a CAT_ table as a form field: its label, how it is shown, and the check that turns
 * what was typed into the column's value or says specifically what is wrong with it.
 */
record Field(String column, String label, Kind kind, Map<String, String> choices, boolean required, String help,
        Check check) {

    /** How the page shows the field. */
    enum Kind {
        TEXT, TEXTAREA, NUMBER, CHOICE, FLAG, SECRET
    }

    /** Turns a stripped, non-blank input into the column's value. */
    @FunctionalInterface
    interface Check {
        Object value(String typed);
    }

    /** Why an input is refused, shown next to its field. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    Field {
        Objects.requireNonNull(column, "column");
        choices = choices == null ? Map.of() : choices;
        help = help == null ? "" : help;
    }

    Field help(String text) {
        return new Field(column, label, kind, choices, required, text, check);
    }

    Field optional() {
        return new Field(column, label, kind, choices, false, help, check);
    }

    static Field text(String column, String label, int maxLength) {
        return new Field(column, label, Kind.TEXT, null, true, null, v -> {
            if (v.length() > maxLength) {
                throw new Invalid("At most " + maxLength + " characters, this is " + v.length() + ".");
            }
            return v;
        });
    }

    static Field textarea(String column, String label, int maxLength) {
        Field t = text(column, label, maxLength);
        return new Field(column, label, Kind.TEXTAREA, null, true, null, t.check());
    }

    /** A search key: letters, digits, dot, dash and underscore, as files and references use it. */
    static Field key(String column, String label, int maxLength) {
        return new Field(column, label, Kind.TEXT, null, true, null, v -> {
            if (!v.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new Invalid("Letters, digits, '.', '-' and '_' only, starting with a letter or digit; '"
                        + v + "' is not.");
            }
            if (v.length() > maxLength) {
                throw new Invalid("At most " + maxLength + " characters, this is " + v.length() + ".");
            }
            return v;
        });
    }

    static Field choice(String column, String label, Map<String, String> choices) {
        return new Field(column, label, Kind.CHOICE, choices, true, null, v -> {
            if (!choices.containsKey(v)) {
                throw new Invalid("Choose one of " + String.join(", ", choices.keySet()) + "; '" + v + "' is none.");
            }
            return v;
        });
    }

    static Field choice(String column, String label, List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v, v));
        return choice(column, label, m);
    }

    /** A warehouse or zone chosen by its id; the value stored is the number. */
    static Field idChoice(String column, String label, Map<String, String> idToName) {
        return new Field(column, label, Kind.CHOICE, idToName, true, null, v -> {
            if (!idToName.containsKey(v)) {
                throw new Invalid("Choose one from the list; " + v + " is none of them (any more).");
            }
            return Integer.valueOf(v);
        });
    }

    static Field flag(String column, String label) {
        return new Field(column, label, Kind.FLAG, null, false, null, v -> "Y");
    }

    static Field integer(String column, String label, int min, int max) {
        return new Field(column, label, Kind.NUMBER, null, true, null, v -> {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new Invalid("A whole number, like " + Math.max(min, 1) + "; '" + v + "' is none.");
            }
            if (n < min || n > max) {
                throw new Invalid("Between " + min + " and " + max + ", was " + n + ".");
            }
            return n;
        });
    }

    /** A decimal number ≥ {@code min} (a comma is read as the decimal point); {@code positive}: above 0. */
    static Field decimal(String column, String label, boolean positive) {
        return new Field(column, label, Kind.NUMBER, null, true, null, v -> {
            BigDecimal d;
            try {
                d = new BigDecimal(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new Invalid("A number, like 2.5; '" + v + "' is none.");
            }
            if (positive ? d.signum() <= 0 : d.signum() < 0) {
                throw new Invalid(positive ? "Above 0, was " + v + "." : "0 or more, was " + v + ".");
            }
            return d;
        });
    }

    /** A time of day HH:mm, read by java.time. */
    static Field time(String column, String label) {
        return time(column, label, false);
    }

    /** {@code midnight}: also 24:00, the end of a working day that ends at midnight. */
    static Field time(String column, String label, boolean midnight) {
        return new Field(column, label, Kind.TEXT, null, true, midnight ? "HH:mm, e.g. 17:30; 24:00 is midnight"
                : "HH:mm, e.g. 16:30", v -> {
                    if (midnight && v.equals("24:00")) {
                        return v;
                    }
                    try {
                        if (!v.matches("\\d{2}:\\d{2}")) {
                            throw new DateTimeParseException("not HH:mm", v, 0);
                        }
                        return LocalTime.parse(v).toString();
                    } catch (DateTimeParseException e) {
                        throw new Invalid("A time of day as HH:mm between 00:00 and 23:59" + (midnight ? " or 24:00" : "")
                                + ", like 16:30; '" + v + "' is none.");
                    }
                });
    }

    static Field timeZone(String column, String label) {
        return new Field(column, label, Kind.TEXT, null, true, "a region id, e.g. Europe/Berlin", v -> {
            try {
                return ZoneId.of(v).getId();
            } catch (DateTimeException e) {
                throw new Invalid("No time zone '" + v + "'; use a region id such as Europe/Berlin.");
            }
        });
    }

    /** ISO days of the week, 1 = Monday … 7 = Sunday, each once: "12345". */
    static Field workDays(String column, String label) {
        return new Field(column, label, Kind.TEXT, null, true, "ISO day numbers, 1 = Monday … 7 = Sunday, e.g. 12345",
                v -> {
                    if (!v.matches("[1-7]{1,7}") || v.chars().distinct().count() != v.length()) {
                        throw new Invalid("Day numbers 1 (Monday) to 7 (Sunday), each at most once, like 12345; '"
                                + v + "' is not.");
                    }
                    return v.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                            StringBuilder::append).toString();
                });
    }

    static Field regex(String column, String label, int maxLength) {
        Field t = text(column, label, maxLength);
        return new Field(column, label, Kind.TEXT, null, true, null, v -> {
            t.check().value(v);
            try {
                Pattern.compile(v);
                return v;
            } catch (PatternSyntaxException e) {
                throw new Invalid("Not a regular expression: " + e.getDescription() + " near position " + e.getIndex()
                        + ".");
            }
        });
    }

    /** A tracking page's address with the placeholder {trackingNo}. */
    static Field trackingUrl(String column, String label, int maxLength) {
        Field t = text(column, label, maxLength);
        return new Field(column, label, Kind.TEXT, null, true, "must contain {trackingNo}", v -> {
            t.check().value(v);
            if (!v.contains("{trackingNo}")) {
                throw new Invalid("The address must contain {trackingNo}, where the tracking number goes.");
            }
            if (!v.matches("https?://\\S+")) {
                throw new Invalid("An http:// or https:// address without spaces.");
            }
            return v;
        });
    }

    static Field email(String column, String label, int maxLength) {
        Field t = text(column, label, maxLength);
        return new Field(column, label, Kind.TEXT, null, true, null, v -> {
            t.check().value(v);
            if (!v.matches("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+")) {
                throw new Invalid("One mail address like dispatch@carrier.example; '" + v + "' is none.");
            }
            return v;
        });
    }

    /** A comma-separated list of ISO country codes, upper-cased. */
    static Field countries(String column, String label) {
        return new Field(column, label, Kind.TEXT, null, true, "ISO codes, comma-separated, e.g. DE, AT", v -> {
            StringBuilder out = new StringBuilder();
            for (String c : v.split(",")) {
                String code = c.strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (!code.matches("[A-Za-z]{2}")) {
                    throw new Invalid("Two-letter ISO country codes separated by commas, like DE, AT; '" + code
                            + "' is none.");
                }
                out.append(out.length() == 0 ? "" : ",").append(code.toUpperCase(java.util.Locale.ROOT));
            }
            if (out.length() == 0) {
                throw new Invalid("At least one country code, like DE.");
            }
            if (out.length() > 2000) {
                throw new Invalid("At most 2000 characters.");
            }
            return out.toString();
        });
    }

    static Field secret(String column, String label) {
        return new Field(column, label, Kind.SECRET, null, false, null, v -> v);
    }
}
