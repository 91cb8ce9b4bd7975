package org.catura.shipping.api;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference a shipment carries to the carrier and back: {@code CAT-} and the delivery note's
 * id (M_InOut_ID), unique in the ERP, short enough for every carrier's reference field (DHL
 * refNo: 8 to 35 characters).
 */
public final class ShippingReferences {

    private static final Pattern REFERENCE = Pattern.compile("CAT-(\\d{1,10})");

    private ShippingReferences() {
    }

    public static String of(int shipmentId) {
        if (shipmentId <= 0) {
            throw new IllegalArgumentException("A shipment id is positive, got " + shipmentId);
        }
        return String.format("CAT-%07d", shipmentId);
    }

    /** The shipment id a reference names; empty when it is no Catura reference. */
    public static OptionalInt shipmentId(String reference) {
        if (reference == null) {
            return OptionalInt.empty();
        }
        Matcher m = REFERENCE.matcher(reference.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        long id = Long.parseLong(m.group(1));
        return id > 0 && id <= Integer.MAX_VALUE ? OptionalInt.of((int) id) : OptionalInt.empty();
    }
}
