package org.catura.core.api.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as buyer data in stored JSON and text, and how it is erased: the value is replaced
 * by {@link #ERASED}, the record and its non-personal facts (ids, amounts, SKUs, dates, country,
 * state or region) stay. A postal code keeps its first {@link #POSTAL_PREFIX} characters, enough
 * for reports by region and too little to find a house.
 *
 * <p>Personal fields are known by their names, the channel-neutral order's and Amazon's alike
 * (buyer and recipient names, e-mail, phone, company, VAT and tax registration ids, address lines,
 * city, district, gift messages, delivery instructions, customisation links). Everything under
 * such a field is erased, and so is any occurrence of the order's personal values elsewhere.
 */
public final class PersonalData {

    /** What erased buyer data reads as. */
    public static final String ERASED = "[erased]";

    public static final int POSTAL_PREFIX = 2;

    /** Values this short are too common to erase wherever they occur ("Al", "12"). */
    private static final int SHORTEST_VALUE = 3;

    private static final Set<String> PERSONAL_FIELDS = Set.of("name", "buyername", "buyeremail", "email",
            "phone", "phonenumber", "companyname", "buyercompanyname", "addressline1", "addressline2",
            "addressline3", "city", "districtorcounty", "district", "county", "municipality", "vatid",
            "taxregistrationnumber", "buyertaxinfo", "taxingregion", "addressinstruction", "dropofflocation",
            "deliveryinstructions", "giftmessage", "giftmessagetext", "customizationurl", "customizedurl",
            "buyercustomizedinfo");

    private static final Set<String> POSTAL_FIELDS = Set.of("postalcode", "zip", "zipcode");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalData() {
    }

    /** The personal values in {@code json} (at personal and postal fields), for {@link #eraseText}; none in text that is not JSON. */
    public static Set<String> values(String json) {
        Set<String> values = new LinkedHashSet<>();
        JsonNode tree = parse(json);
        if (tree != null) {
            collect(tree, false, values);
        }
        values.remove(ERASED);
        return values;
    }

    /**
     * {@code json} with every personal field erased, postal codes cut to their prefix and every
     * other string freed of {@code values}; text that is not JSON is treated as {@link #eraseText}
     * does. Null stays null.
     */
    public static String eraseJson(String json, Collection<String> values) {
        if (json == null) {
            return null;
        }
        JsonNode tree = parse(json);
        if (tree == null) {
            return eraseText(json, values);
        }
        JsonNode erased = erase(tree, false, matcher(values));
        try {
            return JSON.writeValueAsString(erased);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Erased JSON cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code text} with each of {@code values} (whole words, any case) replaced by {@link #ERASED}. */
    public static String eraseText(String text, Collection<String> values) {
        if (text == null) {
            return null;
        }
        Pattern p = matcher(values);
        return p == null ? text : p.matcher(text).replaceAll(Matcher.quoteReplacement(ERASED));
    }

    /** The first {@link #POSTAL_PREFIX} characters of a postal code. */
    public static String postalPrefix(String postalCode) {
        if (postalCode == null || postalCode.equals(ERASED)) {
            return postalCode;
        }
        String trimmed = postalCode.strip();
        return trimmed.length() <= POSTAL_PREFIX ? trimmed : trimmed.substring(0, POSTAL_PREFIX);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(json);
            return tree != null && (tree.isObject() || tree.isArray()) ? tree : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void collect(JsonNode node, boolean personal, Set<String> values) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey().toLowerCase(Locale.ROOT);
                collect(field.getValue(), personal || PERSONAL_FIELDS.contains(key) || POSTAL_FIELDS.contains(key),
                        values);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, personal, values));
        } else if (personal && node.isTextual() && node.asText().strip().length() >= SHORTEST_VALUE) {
            values.add(node.asText().strip());
        }
    }

    private static JsonNode erase(JsonNode node, boolean personal, Pattern values) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey().toLowerCase(Locale.ROOT);
                if (!personal && POSTAL_FIELDS.contains(key) && field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(postalPrefix(field.getValue().asText())));
                } else {
                    field.setValue(erase(field.getValue(), personal || PERSONAL_FIELDS.contains(key), values));
                }
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, erase(array.get(i), personal, values));
            }
            return array;
        }
        if (!node.isTextual()) {
            return node;
        }
        if (personal) {
            return TextNode.valueOf(ERASED);
        }
        return values == null ? node : TextNode.valueOf(values.matcher(node.asText()).replaceAll(
                Matcher.quoteReplacement(ERASED)));
    }

    /** One pattern for all values, longest first so that "Anna Müller" goes before "Anna". */
    private static Pattern matcher(Collection<String> values) {
        List<String> usable = values.stream().filter(v -> v != null && v.strip().length() >= SHORTEST_VALUE)
                .map(String::strip).filter(v -> !v.equals(ERASED)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (usable.isEmpty()) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String v : usable) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(v));
        }
        // Whole words only: a postal code 12345 must not cut into order number 302-1234567.
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
