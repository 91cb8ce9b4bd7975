package org.catura.sandbox.carrier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads what the product's default templates send (org.catura.shipping.plugin, templates
 * {@code default.csv/json/xml/fixed.ftl}): the reference, the order, the lines' SKU and quantity,
 * the weight. The format comes from the name's extension, else the content type, else the content.
 */
final class TransmissionReader {

    private static final Pattern REFERENCE = Pattern.compile("CAT-\\d{1,10}");
    private static final ObjectMapper JSON = new ObjectMapper();
    // default.fixed.ftl: reference 12, order 20, lineNo 4, sku 20, quantity 6, name 40, ship-to name,
    // company, street 35 each, postal code 10, city 35, country 2, product 10, weight 8, ship date 10, account 18
    private static final int[] FIXED_WIDTHS = {12, 20, 4, 20, 6, 40, 35, 35, 35, 10, 35, 2, 10, 8, 10, 18};

    private TransmissionReader() {
    }

    static List<PartnerShipment> read(String name, String contentType, byte[] content)
            throws UnreadableTransmissionException {
        if (content.length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            throw new UnreadableTransmissionException("A PDF: the simulator reads CSV, JSON, XML and fixed-width"
                    + " transmissions, not delivery notes");
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableTransmissionException("The transmission is empty");
        }
        List<PartnerShipment> shipments = switch (format(name, contentType, text)) {
            case "csv" -> csv(text);
            case "json" -> json(text);
            case "xml" -> xml(text);
            default -> fixed(text);
        };
        if (shipments.isEmpty()) {
            throw new UnreadableTransmissionException("No shipment in the transmission");
        }
        return shipments;
    }

    private static String format(String name, String contentType, String text) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (String ext : List.of("csv", "json", "xml")) {
            if (lower.endsWith("." + ext)) {
                return ext;
            }
        }
        if (lower.endsWith(".txt")) {
            return "fixed";
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return "json";
        }
        if (type.contains("xml")) {
            return "xml";
        }
        if (type.contains("csv")) {
            return "csv";
        }
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return "json";
        }
        if (start.startsWith("<")) {
            return "xml";
        }
        return start.lines().findFirst().orElse("").contains(";") ? "csv" : "fixed";
    }

    // ---- CSV: ';', a header line, fields quoted with '"' when they hold ';', '"' or a line break

    private static List<PartnerShipment> csv(String text) throws UnreadableTransmissionException {
        List<List<String>> rows = csvRows(text);
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int reference = column(header, "reference");
        int order = header.indexOf("order");
        int sku = column(header, "sku");
        int quantity = column(header, "quantity");
        int weight = header.indexOf("weight_kg");
        Map<String, Builder> shipments = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int no = i + 1;
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new UnreadableTransmissionException("Row " + no + ": " + row.size() + " fields, the header has "
                        + header.size());
            }
            String ref = reference(row.get(reference), "Row " + no);
            Builder b = shipments.computeIfAbsent(ref, r -> new Builder(r));
            b.order(order < 0 ? null : row.get(order));
            b.weight(weight < 0 ? null : decimal(row.get(weight), "Row " + no + ": weight_kg"));
            b.line(required(row.get(sku), "Row " + no + ": sku"), decimal(row.get(quantity), "Row " + no + ": quantity"),
                    "Row " + no);
        }
        return build(shipments);
    }

    private static List<List<String>> csvRows(String text) throws UnreadableTransmissionException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableTransmissionException("A quoted CSV field is not closed");
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static int column(List<String> header, String name) throws UnreadableTransmissionException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new UnreadableTransmissionException("The CSV header has no column '" + name + "' (found: "
                    + String.join(";", header) + ")");
        }
        return i;
    }

    // ---- JSON: default.json.ftl

    private static List<PartnerShipment> json(String text) throws UnreadableTransmissionException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableTransmissionException("No valid JSON: " + e.getOriginalMessage());
        }
        List<JsonNode> shipments = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(shipments::add);
        } else if (root != null && root.isObject()) {
            shipments.add(root);
        } else {
            throw new UnreadableTransmissionException("The JSON must be an object (or an array of objects)");
        }
        Map<String, Builder> out = new LinkedHashMap<>();
        for (JsonNode s : shipments) {
            String ref = reference(s.path("reference").asText(""), "reference");
            Builder b = out.computeIfAbsent(ref, r -> new Builder(r));
            b.order(s.path("order").isTextual() ? s.path("order").asText() : null);
            JsonNode weight = s.path("parcel").path("weightKg");
            if (!weight.isMissingNode() && !weight.isNull()) {
                if (!weight.isNumber()) {
                    throw new UnreadableTransmissionException("parcel.weightKg: must be a number");
                }
                b.weight(weight.decimalValue());
            }
            JsonNode lines = s.path("lines");
            if (!lines.isArray() || lines.isEmpty()) {
                throw new UnreadableTransmissionException("lines: must be a non-empty array");
            }
            for (int i = 0; i < lines.size(); i++) {
                JsonNode l = lines.get(i);
                String where = "lines[" + i + "]";
                if (!l.path("quantity").isNumber()) {
                    throw new UnreadableTransmissionException(where + ".quantity: must be a number");
                }
                b.line(required(l.path("sku").asText(""), where + ".sku"), l.path("quantity").decimalValue(), where);
            }
        }
        return build(out);
    }

    // ---- XML: default.xml.ftl, a <shipment> or <shipments> of them

    private static List<PartnerShipment> xml(String text) throws UnreadableTransmissionException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new UnreadableTransmissionException("No valid XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new UnreadableTransmissionException("The XML cannot be read: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        List<Element> shipments = root.getTagName().equals("shipment") ? List.of(root) : children(root, "shipment");
        Map<String, Builder> out = new LinkedHashMap<>();
        for (Element s : shipments) {
            String ref = reference(childText(s, "reference"), "<reference>");
            Builder b = out.computeIfAbsent(ref, r -> new Builder(r));
            b.order(childText(s, "order"));
            Element parcel = child(s, "parcel");
            if (parcel != null) {
                b.weight(decimal(childText(parcel, "weightKg"), "<parcel><weightKg>"));
            }
            Element lines = child(s, "lines");
            List<Element> all = lines == null ? List.of() : children(lines, "line");
            if (all.isEmpty()) {
                throw new UnreadableTransmissionException("Shipment " + ref + " has no <lines><line>");
            }
            int i = 1;
            for (Element l : all) {
                String where = "<line> " + i++;
                b.line(required(childText(l, "sku"), where + " <sku>"), decimal(childText(l, "quantity"),
                        where + " <quantity>"), where);
            }
        }
        return build(out);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String childText(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null || e.getFirstChild() == null && e.getTextContent().isEmpty() ? null
                : e.getTextContent().strip();
    }

    // ---- fixed width: default.fixed.ftl, 300 characters per line

    private static List<PartnerShipment> fixed(String text) throws UnreadableTransmissionException {
        Map<String, Builder> out = new LinkedHashMap<>();
        int min = 0;
        for (int w : FIXED_WIDTHS) {
            min += w;
        }
        String[] lines = text.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            int[] cps = line.codePoints().toArray();
            if (cps.length < min) {
                throw new UnreadableTransmissionException("Record " + (n + 1) + ": " + cps.length
                        + " characters, a fixed-width record has " + min);
            }
            String[] f = new String[FIXED_WIDTHS.length];
            int at = 0;
            for (int i = 0; i < FIXED_WIDTHS.length; i++) {
                f[i] = new String(cps, at, FIXED_WIDTHS[i]).strip();
                at += FIXED_WIDTHS[i];
            }
            String where = "Record " + (n + 1);
            Builder b = out.computeIfAbsent(reference(f[0], where), r -> new Builder(r));
            b.order(f[1]);
            b.weight(decimal(f[13], where + ": weight"));
            b.line(required(f[3], where + ": sku"), decimal(f[4], where + ": quantity"), where);
        }
        return build(out);
    }

    // ---- shared

    private static String reference(String value, String where) throws UnreadableTransmissionException {
        String ref = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(ref).matches()) {
            throw new UnreadableTransmissionException(where + ": '" + shorten(value)
                    + "' is no shipment reference (CAT-0001234)");
        }
        return ref;
    }

    private static String required(String value, String where) throws UnreadableTransmissionException {
        if (value == null || value.isBlank()) {
            throw new UnreadableTransmissionException(where + " is empty");
        }
        return value.strip();
    }

    private static BigDecimal decimal(String value, String where) throws UnreadableTransmissionException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new UnreadableTransmissionException(where + " '" + shorten(value) + "' is no number");
        }
    }

    private static String utf8(byte[] content) throws UnreadableTransmissionException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTransmissionException("The transmission is not UTF-8 text");
        }
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    private static List<PartnerShipment> build(Map<String, Builder> shipments) {
        return shipments.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final String reference;
        String order;
        BigDecimal weight;
        final List<PartnerShipment.Line> lines = new ArrayList<>();

        Builder(String reference) {
            this.reference = reference;
        }

        void order(String value) {
            if (order == null && value != null && !value.isBlank()) {
                order = value.strip();
            }
        }

        void weight(BigDecimal value) {
            if (weight == null && value != null) {
                weight = value;
            }
        }

        void line(String sku, BigDecimal quantity, String where) throws UnreadableTransmissionException {
            if (quantity == null || quantity.signum() <= 0) {
                throw new UnreadableTransmissionException(where + ": the quantity of " + sku + " must be positive");
            }
            lines.add(new PartnerShipment.Line(sku, quantity));
        }

        PartnerShipment build() {
            return new PartnerShipment(reference, order, weight, lines);
        }
    }
}
