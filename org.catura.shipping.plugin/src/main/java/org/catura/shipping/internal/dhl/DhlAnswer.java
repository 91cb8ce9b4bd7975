package org.catura.shipping.internal.dhl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * DHL's answer (LabelDataResponse): {@code status{title,statusCode,detail}} and one item per
 * shipment with {@code shipmentNo}, {@code sstatus}, {@code label{b64}} and, when refused,
 * {@code validationMessages[{property,validationMessage,validationState}]}.
 */
final class DhlAnswer {

    /** A created shipment: DHL's shipment number (the tracking number) and the label as PDF. */
    record Label(String shipmentNo, byte[] pdf) {
    }

    /** The answer cannot be read as DHL's model. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    private final JsonNode root;

    private DhlAnswer(JsonNode root) {
        this.root = root;
    }

    static DhlAnswer parse(ObjectMapper json, String body) throws MalformedException {
        try {
            JsonNode root = json.readTree(body == null ? "" : body);
            if (root == null || !root.isObject()) {
                throw new MalformedException("the answer is no JSON object");
            }
            return new DhlAnswer(root);
        } catch (JsonProcessingException e) {
            throw new MalformedException("the answer is no JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Reads a body that may not be JSON at all, for the messages of an error answer. */
    static Optional<DhlAnswer> tryParse(ObjectMapper json, String body) {
        try {
            return Optional.of(parse(json, body));
        } catch (MalformedException e) {
            return Optional.empty();
        }
    }

    /** Every validation message of every item as "property: message", errors and warnings alike. */
    List<String> validationMessages() {
        List<String> out = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            for (JsonNode m : item.path("validationMessages")) {
                String property = m.path("property").asText("");
                String text = m.path("validationMessage").asText("");
                out.add(property.isEmpty() ? text : property + ": " + text);
            }
        }
        return out;
    }

    /** The status detail DHL gave, e.g. "Invalid API key"; empty when none. */
    String detail() {
        JsonNode status = root.path("status");
        String detail = status.path("detail").asText("");
        return detail.isEmpty() ? status.path("title").asText("") : detail;
    }

    /** True when some item was refused (sstatus 4xx) although the whole answer was 2xx (207 Multi-status). */
    boolean refusedItems() {
        for (JsonNode item : root.path("items")) {
            if (item.path("sstatus").path("statusCode").asInt(200) >= 400) {
                return true;
            }
        }
        return false;
    }

    /** The created shipments; the answer must hold at least one, each with a number and a PDF label. */
    List<Label> labels() throws MalformedException {
        JsonNode items = root.path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw new MalformedException("the answer holds no items");
        }
        List<Label> labels = new ArrayList<>();
        for (JsonNode item : items) {
            String number = item.path("shipmentNo").asText("");
            if (!number.matches("[0-9A-Z]{8,39}")) {
                throw new MalformedException("an item has no readable shipmentNo ('" + number + "')");
            }
            String b64 = item.path("label").path("b64").asText("");
            byte[] pdf;
            try {
                pdf = Base64.getMimeDecoder().decode(b64);
            } catch (IllegalArgumentException e) {
                throw new MalformedException("the label of " + number + " is no Base64");
            }
            if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw new MalformedException("the label of " + number + " is no PDF");
            }
            labels.add(new Label(number, pdf));
        }
        return labels;
    }

    /** The answer with the labels' Base64 left out: kept as the confirmation's raw message (the PDFs go to the parcels). */
    byte[] withoutLabels() {
        JsonNode copy = root.deepCopy();
        for (JsonNode item : copy.path("items")) {
            JsonNode label = item.path("label");
            if (label instanceof ObjectNode l && l.has("b64")) {
                l.put("b64", "(stored as shipping_parcel.label_pdf)");
            }
        }
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }
}
