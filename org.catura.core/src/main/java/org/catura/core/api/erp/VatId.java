package org.catura.core.api.erp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A VAT identification number of an EU member state, normalised (no spaces, dots or dashes,
 * upper case), that has the form the state gives its numbers (VIES formats; Greece's prefix is
 * EL). Valid-looking only: whether the number is registered needs VIES, which this does not ask.
 * The one place that says what a VAT id looks like, for the company's own and for a buyer's.
 */
public record VatId(String value) {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")));

    public VatId {
        Objects.requireNonNull(value, "value");
        if (!looksValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is no valid-looking EU VAT id: it starts with the"
                    + " member state's prefix (DE, FR, IT, EL for Greece, ...) followed by that state's digits,"
                    + " e.g. DE123456789");
        }
    }

    /** The VAT id in {@code text}, normalised, if it looks valid; empty for null, blank or malformed text. */
    public static Optional<VatId> parse(String text) {
        String n = normalise(text);
        return n != null && looksValid(n) ? Optional.of(new VatId(n)) : Optional.empty();
    }

    /** Whether {@code text} (spaces, dots and dashes allowed) has the form of an EU VAT id. */
    public static boolean looksValid(String text) {
        String n = normalise(text);
        if (n == null || n.length() < 4) {
            return false;
        }
        Pattern format = FORMATS.get(n.substring(0, 2));
        return format != null && format.matcher(n.substring(2)).matches();
    }

    /** Upper case without spaces, dots and dashes; null for null or blank text. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** The member state's prefix as written on the id: EL for Greece. */
    public String prefix() {
        return value.substring(0, 2);
    }

    /** The member state as ISO 3166-1 alpha-2: GR for the prefix EL. */
    public String countryCode() {
        return "EL".equals(prefix()) ? "GR" : prefix();
    }

    @Override
    public String toString() {
        return value;
    }
}
