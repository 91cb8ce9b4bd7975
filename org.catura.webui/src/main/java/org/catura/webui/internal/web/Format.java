package org.catura.webui.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting the templates call as {@code fmt.time(x)}; instants are shown in UTC, as stored. */
public final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** For datetime-local inputs. */
    public String input(Instant at) {
        return at == null ? "" : INPUT.format(at);
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return amount.setScale(Math.max(2, amount.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString()
                + (currency == null ? "" : " " + currency);
    }

    public String num(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** A release fact for the page. */
    public record Fact(String name, String value) {
    }

    /** Release facts, by name, values as text (lists joined, absent shown as "—"). */
    public java.util.List<Fact> facts(java.util.Map<String, Object> facts) {
        return new java.util.TreeMap<>(facts).entrySet().stream().map(e -> new Fact(e.getKey(), e.getValue() == null
                ? "—" : e.getValue() instanceof java.util.Collection<?> c ? c.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) : String.valueOf(e.getValue()))).toList();
    }

    /** An enum or code as words: MANUAL_QUEUE → manual queue. */
    public String words(Object code) {
        return code == null ? "" : code.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
