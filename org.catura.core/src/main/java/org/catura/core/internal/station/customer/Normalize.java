package org.catura.core.internal.station.customer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Normal forms for matching people and addresses typed by different hands: case, accents,
 * punctuation, word order of names and the usual street abbreviations do not matter.
 */
final class Normalize {

    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("str", "strasse"), Map.entry("strasse", "strasse"), Map.entry("st", "street"),
            Map.entry("rd", "road"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("bd", "boulevard"), Map.entry("blvd", "boulevard"), Map.entry("pl", "platz"),
            Map.entry("ln", "lane"), Map.entry("dr", "drive"));

    private Normalize() {
    }

    /** Lower case ASCII words, accents folded; null or blank gives "". */
    static String words(String s) {
        if (s == null) {
            return "";
        }
        String folded = s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
                .replace("œ", "oe").replace("ł", "l");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // "Hauptstr.12" and "Hauptstrasse 12": split glued house numbers and the "-strasse" suffix.
        folded = folded.replaceAll("([a-z])(\\d)", "$1 $2").replaceAll("([a-z]{3,})(strasse|str)\\b", "$1 $2");
        return folded.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** A person's or company's name with word order ignored: "Müller, Hans" equals "hans muller". */
    static String name(String s) {
        return Arrays.stream(words(s).split(" ")).filter(w -> !w.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }

    /** A street line with common abbreviations spelled out. */
    static String street(String s) {
        return Arrays.stream(words(s).split(" ")).filter(w -> !w.isEmpty())
                .map(w -> STREET_WORDS.getOrDefault(w, w)).collect(Collectors.joining(" "));
    }

    static String postal(String s) {
        return s == null ? "" : s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String email(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
