package org.catura.core.internal.station.customer;

import org.catura.core.api.customer.NormalForm;

/**
 * The normal forms the customer matcher compares people and addresses by: core's one rule,
 * {@link NormalForm}, which partner addressing uses too (case, accents, punctuation, spacing,
 * word order of names and the usual street abbreviations do not matter).
 */
final class Normalize {

    private Normalize() {
    }

    /** A person's or company's name with word order ignored: "Müller, Hans" equals "hans muller". */
    static String name(String s) {
        return NormalForm.name(s);
    }

    /** A street line as a key: "Hauptstr. 5" and "Hauptstraße 5" give the same one. */
    static String street(String s) {
        return NormalForm.street(s);
    }

    static String postal(String s) {
        return NormalForm.postal(s);
    }

    static String email(String s) {
        return NormalForm.email(s);
    }
}
