package org.catura.sandbox.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator reads each of the product's default templates as rendered. */
class TransmissionReaderTest {

    static List<PartnerShipment> read(String name, String text) throws UnreadableTransmissionException {
        return TransmissionReader.read(name, null, text.getBytes(StandardCharsets.UTF_8));
    }

    static void assertShipment(List<PartnerShipment> read) {
        assertEquals(1, read.size());
        PartnerShipment s = read.get(0);
        assertEquals("CAT-0001234", s.reference());
        assertEquals("302-1234567-7654321", s.orderReference());
        assertEquals(0, new BigDecimal("1.75").compareTo(s.weightKg()));
        assertEquals(2, s.lines().size());
        assertEquals("CAT-MUG-001", s.lines().get(0).sku());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(s.lines().get(0).quantity()));
        assertEquals("CAT-TEA-002", s.lines().get(1).sku());
        assertEquals(0, BigDecimal.ONE.compareTo(s.lines().get(1).quantity()));
    }

    static String render(String format) throws Exception {
        return ProductTransmissions.render(format, "CAT-0001234", "302-1234567-7654321", "1.75", "CAT-MUG-001", 2,
                "CAT-TEA-002", 1);
    }

    @Test
    void readsTheDefaultCsvTemplate() throws Exception {
        assertShipment(read("CAT-0001234-partner.csv", render("csv")));
    }

    @Test
    void readsTheDefaultJsonTemplate() throws Exception {
        assertShipment(read("CAT-0001234-partner.json", render("json")));
    }

    @Test
    void readsTheDefaultXmlTemplate() throws Exception {
        assertShipment(read("CAT-0001234-partner.xml", render("xml")));
    }

    @Test
    void readsTheDefaultFixedWidthTemplate() throws Exception {
        assertShipment(read("CAT-0001234-partner.txt", render("fixed")));
    }

    @Test
    void tellsTheFormatByTheContentWithoutAName() throws Exception {
        assertShipment(read("upload", render("json")));
        assertShipment(read("upload", render("xml")));
        assertShipment(read("upload", render("csv")));
    }

    @Test
    void readsQuotedCsvFields() throws Exception {
        String csv = "reference;order;sku;quantity;name;weight_kg\n"
                + "CAT-0000007;302-1;\"SKU;1\";3;\"Mug \"\"Blue\"\"\nlarge\";0.9\n";
        PartnerShipment s = read("x.csv", csv).get(0);
        assertEquals("SKU;1", s.lines().get(0).sku());
        assertEquals(0, new BigDecimal("0.9").compareTo(s.weightKg()));
    }

    @Test
    void refusesWhatItCannotReadNamingTheReason() {
        assertTrue(assertThrows(UnreadableTransmissionException.class, () -> read("a.json", "{\"reference\": "))
                .getMessage().startsWith("No valid JSON"));
        assertEquals("reference: 'ORDER-1' is no shipment reference (CAT-0001234)",
                assertThrows(UnreadableTransmissionException.class,
                        () -> read("a.json", "{\"reference\":\"ORDER-1\",\"lines\":[]}")).getMessage());
        assertEquals("Row 2: quantity 'two' is no number", assertThrows(UnreadableTransmissionException.class,
                () -> read("a.csv", "reference;order;sku;quantity\nCAT-0000001;1;A;two\n")).getMessage());
        assertTrue(assertThrows(UnreadableTransmissionException.class,
                () -> read("a.csv", "ref;sku\nCAT-0000001;A\n")).getMessage().contains("no column 'reference'"));
        assertTrue(assertThrows(UnreadableTransmissionException.class,
                () -> read("a.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><shipment>&e;</shipment>"))
                .getMessage().startsWith("No valid XML"));
        assertTrue(assertThrows(UnreadableTransmissionException.class,
                () -> TransmissionReader.read("a.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .getMessage().startsWith("A PDF"));
    }
}
