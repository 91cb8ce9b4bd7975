package org.catura.erp.embedded.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** An IBAN checked as ISO 13616 says: country, two check digits, the account, mod 97 = 1. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** What is wrong with {@code iban} (spaces allowed), or empty when it is a valid IBAN. */
    public static Optional<String> problem(String iban) {
        String compact = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return Optional.of("IBAN '" + iban + "' is not an IBAN: two letters of the country, two check digits "
                    + "and the account (15 to 34 characters, e.g. DE89 3704 0044 0532 0130 00)");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        if (!new BigInteger(digits.toString()).mod(NINETY_SEVEN).equals(BigInteger.ONE)) {
            return Optional.of("IBAN '" + iban + "' has wrong check digits (a typo?); copy it from the bank statement");
        }
        return Optional.empty();
    }
}
