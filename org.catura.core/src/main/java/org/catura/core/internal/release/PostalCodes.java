package org.catura.core.internal.release;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Postal code formats of the countries we ship to; other countries are not checked. */
final class PostalCodes {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("DE", Pattern.compile("\\d{5}")),
            Map.entry("AT", Pattern.compile("\\d{4}")),
            Map.entry("CH", Pattern.compile("\\d{4}")),
            Map.entry("FR", Pattern.compile("\\d{5}")),
            Map.entry("IT", Pattern.compile("\\d{5}")),
            Map.entry("ES", Pattern.compile("\\d{5}")),
            Map.entry("NL", Pattern.compile("\\d{4} ?[A-Z]{2}")),
            Map.entry("BE", Pattern.compile("\\d{4}")),
            Map.entry("PL", Pattern.compile("\\d{2}-\\d{3}")),
            Map.entry("SE", Pattern.compile("\\d{3} ?\\d{2}")),
            Map.entry("GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}")),
            Map.entry("US", Pattern.compile("\\d{5}(-\\d{4})?")));

    private PostalCodes() {
    }

    static boolean valid(String countryCode, String postalCode) {
        if (countryCode == null) {
            return false;
        }
        Pattern format = FORMATS.get(countryCode.toUpperCase(Locale.ROOT));
        if (format == null) {
            return true;
        }
        return postalCode != null && format.matcher(postalCode.trim().toUpperCase(Locale.ROOT)).matches();
    }
}
