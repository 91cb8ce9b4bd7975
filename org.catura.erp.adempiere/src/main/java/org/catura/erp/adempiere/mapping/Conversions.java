package org.catura.erp.adempiere.mapping;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Values as the ERP hands them out, made safe for the port's records. Columns whose Java type
 * differs between ADempiere and iDempiere (ShelfWidth is int in one, BigDecimal in the other)
 * are read by name with get_Value and converted here, so no getter signature is relied upon.
 */
public final class Conversions {

    private Conversions() {
    }

    /** ERP dates are Timestamps at local midnight. */
    public static Timestamp timestamp(LocalDate date) {
        return date == null ? null : Timestamp.valueOf(date.atStartOfDay());
    }

    public static LocalDate date(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toLocalDate();
    }

    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number: '" + s + "'", e);
            }
        }
        throw new IllegalArgumentException("Not a number: " + value + " (" + value.getClass().getName() + ")");
    }

    /** An id column: null and anything non-positive mean "none" (0). */
    public static int id(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return Math.max(0, n.intValue());
        }
        throw new IllegalArgumentException("Not an id: " + value + " (" + value.getClass().getName() + ")");
    }

    /** A Y/N column as the ERP may return it: Boolean, or the String "Y"/"N". */
    public static boolean flag(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return "Y".equalsIgnoreCase(s.trim()) || "true".equalsIgnoreCase(s.trim());
        }
        return false;
    }

    /** Blank strings from the ERP become null, as the port's records expect. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
