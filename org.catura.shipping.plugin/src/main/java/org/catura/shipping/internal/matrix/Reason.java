package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Why a service was excluded. Kept as data and worded only when shown ({@link #text()}), so that
 * a decision over fifty services stays cheap; {@code subject} names the zone, SKU, level or rule
 * the reason is about, {@code actual} and {@code limit} the figures compared.
 */
public record Reason(Kind kind, String subject, BigDecimal actual, BigDecimal limit, String detail) {

    public enum Kind {
        CARRIER_INACTIVE, SERVICE_INACTIVE, WEIGHT, LENGTH, WIDTH, HEIGHT, GIRTH, NO_COD, NO_SIGNATURE, NO_ID_CHECK,
        NO_AGE_CHECK, LEVEL, NO_ZONE, ZONE_NOT_SERVED, NO_RATE, NO_STOCK, RULE
    }

    public Reason {
        Objects.requireNonNull(kind, "kind");
    }

    static Reason of(Kind kind) {
        return new Reason(kind, null, null, null, null);
    }

    static Reason limit(Kind kind, BigDecimal actual, BigDecimal limit) {
        return new Reason(kind, null, actual, limit, null);
    }

    public String text() {
        return switch (kind) {
            case CARRIER_INACTIVE -> "carrier inactive";
            case SERVICE_INACTIVE -> "service inactive";
            case WEIGHT -> "weight " + plain(actual) + " kg > " + plain(limit) + " kg max";
            case LENGTH -> "length " + plain(actual) + " cm > " + plain(limit) + " cm max";
            case WIDTH -> "width " + plain(actual) + " cm > " + plain(limit) + " cm max";
            case HEIGHT -> "height " + plain(actual) + " cm > " + plain(limit) + " cm max";
            case GIRTH -> "girth " + plain(actual) + " cm > " + plain(limit) + " cm max";
            case NO_COD -> "no COD";
            case NO_SIGNATURE -> "no signature on delivery";
            case NO_ID_CHECK -> "no ID check";
            case NO_AGE_CHECK -> "no age check";
            case LEVEL -> "service level " + subject + " below the order's " + detail;
            case NO_ZONE -> "no shipping zone holds " + subject;
            case ZONE_NOT_SERVED -> "zone " + subject + " not served";
            case NO_RATE -> "no rate for " + plain(actual) + " kg to zone " + subject + " (bands up to "
                    + plain(limit) + " kg)";
            case NO_STOCK -> "no stock of " + subject + " at " + detail;
            case RULE -> "rule '" + subject + "': " + detail;
        };
    }

    @Override
    public String toString() {
        return text();
    }

    static String plain(BigDecimal b) {
        return b == null ? "?" : b.stripTrailingZeros().toPlainString();
    }
}
