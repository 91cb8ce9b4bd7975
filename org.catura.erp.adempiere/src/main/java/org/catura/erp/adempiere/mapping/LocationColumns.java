package org.catura.erp.adempiere.mapping;

import java.util.Locale;
import org.catura.core.api.erp.Location;

/** A port {@link Location} as C_Location columns, and the checks before it is stored. */
public final class LocationColumns {

    private LocationColumns() {
    }

    /** ISO 3166-1 alpha-2, upper case; the country must be known before anything is written. */
    public static String countryCode(Location location) {
        String code = location.countryCode();
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Address has no country code: " + describe(location));
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Country code '" + code + "' is not ISO 3166-1 alpha-2: "
                    + describe(location));
        }
        return c;
    }

    /** Column values without C_Country_ID, which the caller looks up from {@link #countryCode}. */
    public static ColumnValues values(Location location) {
        if (blank(location.address1()) && blank(location.city()) && blank(location.postal())) {
            throw new IllegalArgumentException("Address has neither street, city nor postal code: "
                    + describe(location));
        }
        return new ColumnValues()
                .text("Address1", clean(location.address1()))
                .text("Address2", clean(location.address2()))
                .text("Address3", clean(location.address3()))
                .text("Address4", clean(location.address4()))
                .text("City", clean(location.city()))
                .text("Postal", clean(location.postal()))
                // Free-text region: Amazon's state or county is kept as given, not matched to C_Region.
                .text("RegionName", clean(location.region()));
    }

    /** The form used to compare postal codes: upper case, no spaces or dashes. */
    public static String normalPostal(String postal) {
        if (postal == null) {
            return null;
        }
        String p = postal.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return p.isEmpty() ? null : p;
    }

    /** A location's display name as iDempiere would build it: city, else the first street line. */
    public static String defaultName(Location location) {
        String city = clean(location.city());
        if (city != null) {
            return city;
        }
        String street = clean(location.address1());
        return street != null ? street : ".";
    }

    static String describe(Location l) {
        return String.join(", ", nz(l.address1()), nz(l.postal()) + " " + nz(l.city()), nz(l.countryCode()))
                .trim();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
