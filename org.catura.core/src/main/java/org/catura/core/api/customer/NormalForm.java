package org.catura.core.api.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Core's one normal form for matching people and addresses typed by different hands: case,
 * accents, punctuation, spacing, the word order of names and the usual street abbreviations
 * ("Str." and "Straße", "St" and "Street", "Pl" and "Place" or "Platz") do not matter; the house
 * number does, its letter and range included ("5a" is "5 A", "5-7" is "5 - 7", never "57").
 * Umlauts fold to their base letter ("Müller" is "Muller"; "Mueller" stays another spelling).
 */
public final class NormalForm {

    /** Every spelling of a street word maps to one token; both sides of a comparison are mapped alike. */
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("strasse", "str"), Map.entry("street", "st"), Map.entry("road", "rd"),
            Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("boulevard", "blvd"),
            Map.entry("bd", "blvd"), Map.entry("place", "pl"), Map.entry("platz", "pl"), Map.entry("lane", "ln"),
            Map.entry("drive", "dr"), Map.entry("court", "ct"), Map.entry("square", "sq"),
            Map.entry("highway", "hwy"), Map.entry("parkway", "pkwy"), Map.entry("terrace", "ter"),
            Map.entry("crescent", "cres"), Map.entry("north", "n"), Map.entry("south", "s"),
            Map.entry("east", "e"), Map.entry("west", "w"));

    /** "Hauptstr", "Hauptstraße", "Rathauspl": German glues the street word to the name. */
    private static final Pattern GLUED = Pattern.compile("([a-z]{3,})(strasse|str|platz|pl)");

    private NormalForm() {
    }

    /** A street line as a key: "Hauptstr. 5a" and "Haupt-Straße 5 A" give the same one. */
    public static String street(String s) {
        List<String> tokens = new ArrayList<>();
        for (String word : words(s)) {
            Matcher glued = GLUED.matcher(word);
            if (glued.matches()) {
                tokens.add(glued.group(1));
                word = glued.group(2);
            }
            tokens.add(STREET_WORDS.getOrDefault(word, word));
        }
        // Spaces do not matter, except between two numbers: "Flat 1, 5 Baker St" is not "Flat 15 Baker St".
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && isNumber(tokens.get(i - 1)) && isNumber(tokens.get(i))) {
                key.append(' ');
            }
            key.append(tokens.get(i));
        }
        return key.toString();
    }

    /** A person's or company's name with word order ignored: "Müller, Hans" is "hans muller". */
    public static String name(String s) {
        return words(s).stream().sorted().collect(Collectors.joining(" "));
    }

    /** A postal code without spaces and hyphens, upper case: "sw1a 1aa" is "SW1A1AA". */
    public static String postal(String s) {
        return s == null ? "" : s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** An ISO 3166 country code, upper case. */
    public static String country(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    /** An e-mail address, trimmed and lower case. */
    public static String email(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Lower-case ASCII words, accents folded, letters and digits apart ("hauptstr.12" is "hauptstr", "12"). */
    static List<String> words(String s) {
        if (s == null) {
            return List.of();
        }
        String folded = s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
                .replace("œ", "oe").replace("ł", "l");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        folded = folded.replaceAll("([a-z])(\\d)", "$1 $2").replaceAll("(\\d)([a-z])", "$1 $2");
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean isNumber(String token) {
        return Character.isDigit(token.charAt(0));
    }
}
