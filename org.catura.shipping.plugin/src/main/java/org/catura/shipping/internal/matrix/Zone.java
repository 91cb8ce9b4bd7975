package org.catura.shipping.internal.matrix;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A shipping zone (CAT_ShippingZone): countries, optionally narrowed to postal codes. A postal
 * code entry is a prefix ({@code 27498}, {@code 259}) or an inclusive range of codes of the same
 * length ({@code 25980-25999}); none: the whole countries.
 */
public record Zone(String value, String name, int seqNo, Set<String> countries, List<String> postalCodes,
        boolean island) {

    public Zone {
        Objects.requireNonNull(value, "value");
        countries = Set.copyOf(countries);
        postalCodes = List.copyOf(postalCodes);
    }

    public boolean matches(String country, String postalCode) {
        if (country == null || !countries.contains(country.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (postalCodes.isEmpty()) {
            return true;
        }
        if (postalCode == null) {
            return false;
        }
        String code = postalCode.replace(" ", "").toUpperCase(Locale.ROOT);
        for (String entry : postalCodes) {
            int dash = entry.indexOf('-');
            if (dash > 0) {
                String from = entry.substring(0, dash);
                String to = entry.substring(dash + 1);
                if (code.length() == from.length() && code.compareTo(from) >= 0 && code.compareTo(to) <= 0) {
                    return true;
                }
            } else if (code.startsWith(entry)) {
                return true;
            }
        }
        return false;
    }

    /** The first zone by SeqNo that holds the address; null when none does. */
    public static Zone of(List<Zone> bySeqNo, String country, String postalCode) {
        for (Zone zone : bySeqNo) {
            if (zone.matches(country, postalCode)) {
                return zone;
            }
        }
        return null;
    }
}
