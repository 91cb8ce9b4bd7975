package org.catura.shipping.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One JSON object of the catalogue document and its place in it ({@code carriers[1].services[0]}):
 * reads its fields, normalised, and records every problem with its path instead of stopping at the
 * first. A JSON null is the same as an absent field; text is stripped and blank text is absent.
 */
final class Fields {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    Fields(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String field, String message) {
        problems.add(at(field) + ": " + message);
    }

    /** Every field not in {@code known} is a problem (a typo would otherwise be lost silently). */
    void allow(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "unknown field; known here: " + String.join(", ", known));
            }
        }
    }

    boolean has(String field) {
        return value(field) != null;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** Text of at most {@code max} characters; null when absent (a problem if required). */
    String text(String field, int max, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            return missing(field, required);
        }
        if (!v.isTextual()) {
            problem(field, "expected text, got " + kind(v));
            return null;
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            return missing(field, required);
        }
        if (s.length() > max) {
            problem(field, "has " + s.length() + " characters; at most " + max + " fit");
            return null;
        }
        return s;
    }

    /** Text as written, not stripped ({@code ""} stays: it clears a secret); null when absent. */
    String rawText(String field, int max) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problem(field, "expected text in quotes"); // not the value: it may be a secret
            return null;
        }
        if (v.asText().length() > max) {
            problem(field, "has " + v.asText().length() + " characters; at most " + max + " fit");
            return null;
        }
        return v.asText();
    }

    private <T> T missing(String field, boolean required) {
        if (required) {
            problem(field, "is required");
        }
        return null;
    }

    /** One of {@code allowed} (ignoring case, given back as written there); {@code fallback} when absent. */
    String oneOf(String field, List<String> allowed, String fallback) {
        String s = text(field, 100, fallback == null);
        if (s == null) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(s)) {
                return a;
            }
        }
        problem(field, "'" + s + "' is not one of " + String.join(", ", allowed));
        return fallback;
    }

    Boolean bool(String field, Boolean fallback) {
        JsonNode v = value(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            problem(field, "expected true or false, got " + kind(v));
            return fallback;
        }
        return v.booleanValue();
    }

    /** A whole number from {@code min} to {@code max}; null when absent (a problem if required). */
    Integer integer(String field, int min, int max, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            return missing(field, required);
        }
        if (!v.isNumber() || !v.isIntegralNumber() && v.decimalValue().stripTrailingZeros().scale() > 0) {
            problem(field, "expected a whole number, got " + kind(v));
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(field, d.toPlainString() + " is out of range; from " + min + " to " + max);
            return null;
        }
        return d.intValueExact();
    }

    /**
     * A number, at least 0, above 0 if {@code positive}; null when absent (a problem if required).
     */
    BigDecimal decimal(String field, boolean positive, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            return missing(field, required);
        }
        if (!v.isNumber()) {
            problem(field, "expected a number, got " + kind(v));
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.signum() < 0) {
            problem(field, d.toPlainString() + " is negative; " + (positive ? "it must be above 0" : "at least 0"));
            return null;
        }
        if (positive && d.signum() == 0) {
            problem(field, "0 is not allowed; it must be above 0");
            return null;
        }
        return d;
    }

    /** A time of day as HH:mm; null when absent. */
    String time(String field, String fallback) {
        return time(field, fallback, false);
    }

    /** {@code midnight}: 24:00 too, the end of a working day that ends at midnight (as WorkingHours reads it). */
    String time(String field, String fallback, boolean midnight) {
        String s = text(field, 5, false);
        if (s == null) {
            return fallback;
        }
        if (midnight && s.equals("24:00")) {
            return s;
        }
        try {
            LocalTime.parse(s, HH_MM);
            return s;
        } catch (DateTimeParseException e) {
            problem(field, "'" + s + "' is no time of day as HH:mm (e.g. 08:00, 17:30)");
            return fallback;
        }
    }

    /** The elements of an array field, each with its path; empty when absent (a problem if required). */
    List<Fields> array(String field, boolean required) {
        JsonNode v = value(field);
        List<Fields> out = new ArrayList<>();
        if (v == null) {
            missing(field, required);
            return out;
        }
        if (!v.isArray()) {
            problem(field, "expected a list [ … ], got " + kind(v));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String p = at(field) + "[" + i + "]";
            if (!e.isObject()) {
                problems.add(p + ": expected an object { … }, got " + kind(e));
            } else {
                out.add(new Fields(e, p, problems));
            }
        }
        return out;
    }

    /** An array of text values; null when absent (a problem if required). */
    List<String> texts(String field, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            return missing(field, required);
        }
        if (!v.isArray()) {
            problem(field, "expected a list [ … ], got " + kind(v));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                problems.add(at(field) + "[" + i + "]: expected text, got " + kind(e));
            } else {
                out.add(e.asText().strip());
            }
        }
        return out;
    }

    /** A nested object field; an empty one when absent, so its defaults apply. */
    Fields object(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return new Fields(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), at(field),
                    problems);
        }
        if (!v.isObject()) {
            problem(field, "expected an object { … }, got " + kind(v));
            return new Fields(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), at(field),
                    problems);
        }
        return new Fields(v, at(field), problems);
    }

    private static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "text '" + v.asText() + "'";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        return v.isArray() ? "a list" : v.isObject() ? "an object" : v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
