package org.catura.erp.adempiere.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Refuses text longer than its column instead of letting the ERP cut it off: an address the
 * carrier cannot read is worse than an order waiting for a clerk. Lengths come from the ERP's
 * dictionary (AD_Column.FieldLength) so they follow the installed version.
 */
public final class FieldLengths {

    private FieldLengths() {
    }

    /**
     * @param what   the record, for the message ("C_Location for order 123")
     * @param length column → maximum length; 0 or less when unknown
     */
    public static void check(String what, ColumnValues values, ToIntFunction<String> length) {
        List<String> tooLong = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.asMap().entrySet()) {
            if (e.getValue() instanceof String s) {
                int max = length.applyAsInt(e.getKey());
                if (max > 0 && s.length() > max) {
                    tooLong.add(e.getKey() + " has " + s.length() + " characters, at most " + max + " fit ('"
                            + s + "')");
                }
            }
        }
        if (!tooLong.isEmpty()) {
            throw new IllegalArgumentException(what + ": " + String.join("; ", tooLong));
        }
    }
}
