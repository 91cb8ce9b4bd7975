package org.catura.shipping.internal.confirmation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ConfirmedParcel;

/**
 * The JSON confirmation of the HTTP callback (contract 4). Strict: unknown fields, missing
 * tracking numbers, wrong types refuse the body with the line (syntax) or the field path.
 */
public final class ConfirmationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP = Set.of("reference", "orderReference", "shippedAt", "parcels");
    private static final Set<String> PARCEL = Set.of("trackingNo", "replacesTrackingNo", "weightKg", "lines");
    private static final Set<String> LINE = Set.of("sku", "quantity");

    private ConfirmationJson() {
    }

    public static CarrierConfirmation parse(String carrier, ConfirmationSource source, String rawName, byte[] content)
            throws MalformedConfirmationException {
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new MalformedConfirmationException("Line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": no valid JSON (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            throw new MalformedConfirmationException("No valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedConfirmationException("The body must be a JSON object");
        }
        only(root, TOP, "");
        String reference = text(root, "reference", "reference", false);
        String orderReference = text(root, "orderReference", "orderReference", false);
        if (reference == null && orderReference == null) {
            throw new MalformedConfirmationException("reference: missing (or give orderReference)");
        }
        String shipped = text(root, "shippedAt", "shippedAt", false);
        Instant shippedAt;
        try {
            shippedAt = ConfirmationCsv.shippedAt(0, shipped);
        } catch (MalformedConfirmationException e) {
            throw new MalformedConfirmationException("shippedAt: '" + ConfirmationCsv.shorten(shipped)
                    + "' is no ISO-8601 instant or date");
        }
        JsonNode parcels = root.get("parcels");
        if (parcels == null || !parcels.isArray() || parcels.isEmpty()) {
            throw new MalformedConfirmationException("parcels: a non-empty array is required");
        }
        List<ConfirmedParcel> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parcels.size(); i++) {
            String at = "parcels[" + i + "]";
            JsonNode p = parcels.get(i);
            if (!p.isObject()) {
                throw new MalformedConfirmationException(at + ": must be an object");
            }
            only(p, PARCEL, at + ".");
            String trackingNo = text(p, "trackingNo", at + ".trackingNo", true);
            if (trackingNo.length() > 60) {
                throw new MalformedConfirmationException(at + ".trackingNo: longer than 60 characters");
            }
            if (!seen.add(trackingNo)) {
                throw new MalformedConfirmationException(at + ".trackingNo: " + trackingNo + " given twice");
            }
            String replaces = text(p, "replacesTrackingNo", at + ".replacesTrackingNo", false);
            BigDecimal weight = number(p.get("weightKg"), at + ".weightKg", false);
            List<ConfirmedParcel.Line> lines = new ArrayList<>();
            JsonNode ls = p.get("lines");
            if (ls != null && !ls.isNull()) {
                if (!ls.isArray()) {
                    throw new MalformedConfirmationException(at + ".lines: must be an array");
                }
                for (int j = 0; j < ls.size(); j++) {
                    String lat = at + ".lines[" + j + "]";
                    JsonNode l = ls.get(j);
                    if (!l.isObject()) {
                        throw new MalformedConfirmationException(lat + ": must be an object");
                    }
                    only(l, LINE, lat + ".");
                    BigDecimal qty = number(l.get("quantity"), lat + ".quantity", true);
                    if (qty.signum() <= 0) {
                        throw new MalformedConfirmationException(lat + ".quantity: must be positive");
                    }
                    lines.add(new ConfirmedParcel.Line(text(l, "sku", lat + ".sku", true), qty));
                }
            }
            list.add(new ConfirmedParcel(trackingNo, replaces, weight, lines));
        }
        return new CarrierConfirmation(carrier, reference, orderReference, shippedAt, list, source, rawName, content);
    }

    private static void only(JsonNode node, Set<String> allowed, String at) throws MalformedConfirmationException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new MalformedConfirmationException(at + f + ": unknown field");
            }
        }
    }

    private static String text(JsonNode node, String field, String at, boolean required)
            throws MalformedConfirmationException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                throw new MalformedConfirmationException(at + ": missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new MalformedConfirmationException(at + ": must be a string");
        }
        return v.asText().strip();
    }

    private static BigDecimal number(JsonNode v, String at, boolean required) throws MalformedConfirmationException {
        if (v == null || v.isNull()) {
            if (required) {
                throw new MalformedConfirmationException(at + ": missing");
            }
            return null;
        }
        if (!v.isNumber()) {
            throw new MalformedConfirmationException(at + ": must be a number");
        }
        if (v.decimalValue().signum() < 0) {
            throw new MalformedConfirmationException(at + ": must not be negative");
        }
        return v.decimalValue();
    }
}
