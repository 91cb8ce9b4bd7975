package org.catura.shipping.internal.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The default templates and carriers' own ones, rendered from a consignment full of awkward characters. */
class TemplateRendererTest {

    final TemplateRenderer renderer = new TemplateRenderer();
    final Consignment consignment = SampleConsignment.tricky();

    String render(TransmissionFormat format, String own) throws TransmissionProblem {
        return new String(renderer.render(consignment, format, "ful", own), StandardCharsets.UTF_8);
    }

    /** A CSV reader as a carrier's would be: ';' separated, '"' quoted with doubled quotes. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void theDefaultCsvHasAHeaderTheReferenceFirstAndOneRowPerLineWithEveryFieldIntact() throws Exception {
        List<List<String>> rows = parseCsv(render(TransmissionFormat.CSV, null));
        assertEquals(3, rows.size(), rows.toString());
        List<String> header = rows.get(0);
        assertEquals(List.of("reference", "order", "sku", "quantity"), header.subList(0, 4));
        for (List<String> row : rows) {
            assertEquals(header.size(), row.size(), "every row has as many fields as the header: " + row);
        }
        assertEquals(List.of("CAT-1000123", "302-1234567-7654321", "CAT-MUG-001", "2", "Tasse \"Kaffee\"; 0,3 l",
                "Jörg Müller; \"Jo\""), rows.get(1).subList(0, 6));
        assertEquals("1", rows.get(2).get(header.indexOf("quantity")));
        assertEquals("2.4", rows.get(2).get(header.indexOf("weight_kg")));
    }

    @Test
    void theDefaultXmlParsesAndHoldsTheTextAsWritten() throws Exception {
        String xml = render(TransmissionFormat.XML, null);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("shipment", root.getTagName());
        assertEquals("CAT-1000123", text(root, "reference"));
        assertEquals("302-1234567-7654321", text(root, "order"));
        assertEquals("Müller & Söhne <GmbH>", text(root, "company"));
        assertEquals("T-Shirt <XL> & more\\", doc.getElementsByTagName("name").item(3).getTextContent());
        assertEquals(2, doc.getElementsByTagName("line").getLength());
        assertEquals("40", text(root, "lengthCm"));
    }

    static String text(Element root, String tag) {
        return root.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void theDefaultJsonParsesWithReferenceOrderAndSkuAndQuantityPerLine() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(TransmissionFormat.JSON, null));
        assertEquals("CAT-1000123", json.get("reference").asText());
        assertEquals("302-1234567-7654321", json.get("order").asText());
        assertEquals("Jörg Müller; \"Jo\"", json.at("/shipTo/name").asText());
        assertEquals(2.4, json.at("/parcel/weightKg").asDouble());
        assertTrue(json.at("/parcel/weightKg").isNumber());
        assertFalse(json.get("gift").asBoolean());
        assertEquals(2, json.get("lines").size());
        assertEquals("CAT-MUG-001", json.at("/lines/0/sku").asText());
        assertEquals(2, json.at("/lines/0/quantity").asInt());
        assertEquals("302-1234567-7654321", json.at("/lines/1/order").asText());
        assertEquals("T-Shirt <XL> & more\\", json.at("/lines/1/name").asText());
    }

    @Test
    void theDefaultFixedWidthRecordsAreEach300CharactersWithTheFieldsInPlace() throws Exception {
        String fixed = render(TransmissionFormat.FIXED, null);
        String[] records = fixed.split("\n");
        assertEquals(2, records.length);
        for (String record : records) {
            assertEquals(300, record.codePointCount(0, record.length()), "[" + record + "]");
        }
        assertEquals("CAT-1000123 ", records[0].substring(0, 12));
        assertEquals("302-1234567-7654321 ", records[0].substring(12, 32));
        assertEquals("0010", records[0].substring(32, 36));
        assertEquals("CAT-MUG-001         ", records[0].substring(36, 56));
        assertEquals("000002", records[0].substring(56, 62));
    }

    @Test
    void aCarriersOwnTemplateReplacesTheDefaultAndIsEscapedToo() throws Exception {
        String own = "ref;name\n<#list lines as l>${reference};${l.name}\n</#list>";
        assertEquals("ref;name\nCAT-1000123;\"Tasse \"\"Kaffee\"\"; 0,3 l\"\nCAT-1000123;T-Shirt <XL> & more\\\n",
                render(TransmissionFormat.CSV, own));
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedNamingItsLine() {
        TransmissionProblem problem = assertThrows(TransmissionProblem.class,
                () -> render(TransmissionFormat.JSON, "{\n  \"reference\": \"${reference}\",\n  <#list lines as l>\n"));
        assertTrue(problem.getMessage().contains("the JSON template of carrier ful (CAT_Carrier.TransmissionTemplate)"
                + " does not parse at line"), problem.getMessage());
    }

    @Test
    void dataATemplateNeedsButTheModelLacksIsRefusedNamingTheLineAndTheExpression() {
        TransmissionProblem problem = assertThrows(TransmissionProblem.class,
                () -> render(TransmissionFormat.XML, "<a>\n<b>${reference}</b>\n<c>${order.giftMessage}</c>\n</a>"));
        assertTrue(problem.getMessage().startsWith("Shipment CAT-1000123 was not sent: the XML template of carrier ful"
                + " (CAT_Carrier.TransmissionTemplate) fails at line 3, column 6:"), problem.getMessage());
        assertTrue(problem.getMessage().contains("order.giftMessage"), problem.getMessage());
    }

    @Test
    void aTemplateCannotReachJavaClasses() {
        TransmissionProblem problem = assertThrows(TransmissionProblem.class, () -> render(TransmissionFormat.CSV,
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
        assertTrue(problem.getMessage().contains("line 1"), problem.getMessage());
    }

    @Test
    void aNumberWiderThanItsFixedFieldIsAnErrorNotACut() {
        TransmissionProblem problem = assertThrows(TransmissionProblem.class,
                () -> render(TransmissionFormat.FIXED, "${text(reference, 5)}\n${num(shipmentId, 3)}\n"));
        assertTrue(problem.getMessage().contains("line 2"), problem.getMessage());
        assertTrue(problem.getMessage().contains("wider than its field"), problem.getMessage());
    }
}
