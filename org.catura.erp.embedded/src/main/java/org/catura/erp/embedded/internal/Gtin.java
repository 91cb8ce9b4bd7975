package org.catura.erp.embedded.internal;

import java.util.Optional;

/** A GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) checked by its GS1 check digit. */
public final class Gtin {

    private Gtin() {
    }

    /** What is wrong with {@code gtin}, or empty when it is a valid GTIN. */
    public static Optional<String> problem(String gtin) {
        if (!gtin.matches("\\d+")) {
            return Optional.of("is not a GTIN: only digits are allowed");
        }
        int n = gtin.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return Optional.of("is not a GTIN: it has " + n + " digits, a GTIN has 8, 12, 13 or 14");
        }
        int sum = 0;
        for (int i = n - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        int check = (10 - sum % 10) % 10;
        int given = gtin.charAt(n - 1) - '0';
        return check == given ? Optional.empty()
                : Optional.of("has check digit " + given + ", but its digits give " + check + " (a typo?)");
    }
}
