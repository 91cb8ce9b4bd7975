package org.catura.shipping.internal.dhl;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DHL's address conventions: street and house number apart, countries as ISO 3166-1 alpha-3. */
final class DhlAddresses {

    /** A trailing house number: "Hauptstraße 5", "Am Markt 12a", "Weg 3-5", "Allee 7 b". */
    private static final Pattern HOUSE = Pattern.compile("^(.*\\S)\\s+(\\d+(?:\\s?[a-zA-Z])?(?:\\s?[-/]\\s?\\d+[a-zA-Z]?)?)$");

    private DhlAddresses() {
    }

    record Street(String street, String house) {
    }

    /** Splits off a trailing house number; without one, the whole line is the street. */
    static Street street(String line) {
        String s = line.strip();
        Matcher m = HOUSE.matcher(s);
        return m.matches() ? new Street(m.group(1), m.group(2)) : new Street(s, null);
    }

    /** "DE" → "DEU"; null when the code is none. */
    static String alpha3(String alpha2) {
        if (alpha2 == null || !alpha2.strip().matches("[A-Za-z]{2}")) {
            return null;
        }
        try {
            String iso3 = new Locale("", alpha2.strip().toUpperCase(Locale.ROOT)).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
