package org.catura.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.PickingListDocument;
import org.catura.documents.api.Sender;
import org.catura.documents.api.ShippingLabelDocument;
import org.catura.documents.bench.DocumentBenchmark;
import org.junit.jupiter.api.Test;

class JasperShippingDocumentsTest {

    private static final Sender SENDER = new Sender("Müller & Söhne Versand GmbH",
            List.of("Müller Straße 12", "10115 Berlin"), "DE999999999");
    private static final List<String> SHIP_TO = List.of("Jürgen Weiß", "Große Straße 7", "80331 München",
            "Deutschland");

    private final JasperShippingDocuments documents = new JasperShippingDocuments();

    @Test
    void germanDeliveryNoteShowsHeadLinesAndUmlauts() throws IOException {
        byte[] pdf = documents.deliveryNote(note(3, Locale.GERMAN, "Bitte nicht knicken – danke!"));
        String text = text(pdf);
        for (String expected : List.of("Lieferschein", "Lieferschein-Nr.", "LS-2026-0042", "Bestellung",
                "302-1234567-7654321", "Sendungsreferenz", "00340434161234567890", "DHL · Paket",
                "Artikel-Nr.", "Menge", "Einheit", "SKU-0001", "SKU-0003", "Bezeichnung", "Hinweis",
                "Bitte nicht knicken – danke!", "Müller & Söhne Versand GmbH", "Müller Straße 12",
                "USt-IdNr. DE999999999", "Jürgen Weiß", "Große Straße 7", "Seite 1 von 1", "02.12.2026")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.contains("Wärmflasche Größe 1"), text);
        // quantities in German: 1,5 for a decimal, 2 and 3 plain
        assertTrue(text.contains("1,5"), text);
        assertFalse(text.contains("Delivery note"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertFontsEmbeddedDejaVu(doc.getPage(0));
        }
    }

    @Test
    void englishAndOtherLocalesPrintEnglishLabels() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.UK)) {
            String text = text(documents.deliveryNote(note(2, locale, null)));
            for (String expected : List.of("Delivery note", "Delivery note no.", "Order", "Shipment reference",
                    "Qty", "SKU-0002", "Page 1 of 1", "LS-2026-0042", "1.5")) {
                assertTrue(text.contains(expected), () -> locale + ": missing \"" + expected + "\" in:\n" + text);
            }
            assertFalse(text.contains("Lieferschein"), text);
            assertFalse(text.contains("Note"), "no note, no note label: " + text);
        }
    }

    @Test
    void aLongDeliveryNoteBreaksIntoPagesWithEveryLine() throws IOException {
        byte[] pdf = documents.deliveryNote(note(120, Locale.GERMAN, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "120 lines on " + pages + " page(s)");
            String text = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= 120; i++) {
                String sku = String.format("SKU-%04d", i);
                assertTrue(text.contains(sku), () -> "missing " + sku);
            }
            assertTrue(text.contains("Seite " + pages + " von " + pages), text);
            // the column header repeats on each page
            assertEquals(pages, count(text, "Artikel-Nr."));
        }
    }

    @Test
    void pickingListShowsLinesInGivenOrderWithTheirDeliveryNotes() throws IOException {
        List<PickingListDocument.Line> lines = List.of(
                new PickingListDocument.Line("A-01-02", "SKU-B", "Bürste groß", new BigDecimal("4"), "Stk",
                        List.of("LS-1", "LS-2")),
                new PickingListDocument.Line("A-01-01", "SKU-A", "Äpfelschäler", new BigDecimal("12"), "Stk",
                        List.of("LS-3")),
                new PickingListDocument.Line(null, "SKU-C", null, new BigDecimal("0.25"), null, List.of()));
        byte[] pdf = documents.pickingList(new PickingListDocument("W-2026-17",
                Instant.parse("2026-12-02T07:30:00Z"), "Hauptlager Süd", lines, 3));
        String text = text(pdf);
        for (String expected : List.of("Picking list W-2026-17", "2026-12-02 07:30 UTC", "Hauptlager Süd",
                "3 orders, 3 lines", "Locator", "Delivery notes", "A-01-02", "Bürste groß", "LS-1, LS-2", "12",
                "Äpfelschäler", "LS-3", "0.25", "Page 1 of 1")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.indexOf("SKU-B") < text.indexOf("SKU-A") && text.indexOf("SKU-A") < text.indexOf("SKU-C"),
                "lines in the order given: " + text);
    }

    @Test
    void aLongPickingListBreaksIntoPages() throws IOException {
        List<PickingListDocument.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add(new PickingListDocument.Line("R-" + i, String.format("SKU-%04d", i), "Produkt " + i,
                    BigDecimal.ONE, "Stk", List.of("LS-" + i)));
        }
        try (PDDocument doc = Loader.loadPDF(documents.pickingList(new PickingListDocument("W-1", Instant.EPOCH,
                "Lager", lines, 120)))) {
            assertTrue(doc.getNumberOfPages() > 1, "120 lines on " + doc.getNumberOfPages() + " page(s)");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("SKU-0001") && text.contains("SKU-0120"), text);
        }
    }

    @Test
    void labelIsA6WithShipToReferenceBarcodeParcelAndWeight() throws IOException {
        byte[] pdf = documents.shippingLabel(new ShippingLabelDocument(SENDER, SHIP_TO, "DHL", "Paket",
                "00340434161234567890", 2, 3, new BigDecimal("2.50")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            double mm = 72 / 25.4;
            assertEquals(105 * mm, box.getWidth(), 1.0, "width in pt");
            assertEquals(148 * mm, box.getHeight(), 1.0, "height in pt");
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("Jürgen Weiß", "Große Straße 7", "80331 München", "DHL · Paket",
                    "00340434161234567890", "Parcel 2 of 3", "2.5 kg", "Müller & Söhne Versand GmbH")) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
            }
            assertEquals(1, images(doc.getPage(0)), "the reference as a Code 128 barcode");
            assertFontsEmbeddedDejaVu(doc.getPage(0));
        }
    }

    @Test
    void aLabelWithoutReferenceHasNoBarcode() throws IOException {
        byte[] pdf = documents.shippingLabel(new ShippingLabelDocument(null, List.of("Jürgen Weiß"), "DPD", null,
                null, 1, 1, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(0, images(doc.getPage(0)));
            assertTrue(new PDFTextStripper().getText(doc).contains("Parcel 1 of 1"));
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        DeliveryNoteDocument good = note(1, Locale.GERMAN, null);
        assertMessage("delivery note: lines must have at least one entry", () -> documents.deliveryNote(
                new DeliveryNoteDocument(SENDER, "LS-1", good.date(), null, null, SHIP_TO, null, null, List.of(),
                        null, Locale.GERMAN)));
        assertMessage("delivery note: lines must have at least one entry", () -> documents.deliveryNote(
                new DeliveryNoteDocument(SENDER, "LS-1", good.date(), null, null, SHIP_TO, null, null, null,
                        null, Locale.GERMAN)));
        assertMessage("delivery note: shipTo must have at least one entry", () -> documents.deliveryNote(
                new DeliveryNoteDocument(SENDER, "LS-1", good.date(), null, null, null, null, null, good.lines(),
                        null, Locale.GERMAN)));
        assertMessage("delivery note: documentNo is missing", () -> documents.deliveryNote(
                new DeliveryNoteDocument(SENDER, " ", good.date(), null, null, SHIP_TO, null, null, good.lines(),
                        null, Locale.GERMAN)));
        assertMessage("delivery note: date is missing", () -> documents.deliveryNote(
                new DeliveryNoteDocument(SENDER, "LS-1", null, null, null, SHIP_TO, null, null, good.lines(),
                        null, Locale.GERMAN)));
        assertMessage("delivery note: lines[0].quantity is missing", () -> documents.deliveryNote(
                new DeliveryNoteDocument(SENDER, "LS-1", good.date(), null, null, SHIP_TO, null, null,
                        List.of(new DeliveryNoteDocument.Line(1, "SKU", "x", null, "Stk")), null, Locale.GERMAN)));
        assertMessage("delivery note is missing", () -> documents.deliveryNote(null));
        assertMessage("picking list: lines must have at least one entry", () -> documents.pickingList(
                new PickingListDocument("W-1", Instant.EPOCH, "Lager", null, 0)));
        assertMessage("picking list: lines[0].sku is missing", () -> documents.pickingList(
                new PickingListDocument("W-1", Instant.EPOCH, "Lager", List.of(new PickingListDocument.Line("A",
                        null, "x", BigDecimal.ONE, "Stk", null)), 1)));
        assertMessage("shipping label: shipTo must have at least one entry", () -> documents.shippingLabel(
                new ShippingLabelDocument(SENDER, List.of(), "DHL", "Paket", "REF", 1, 1, BigDecimal.ONE)));
        assertMessage("shipping label: parcelNo 3 of parcelCount 2 (1 <= parcelNo <= parcelCount)",
                () -> documents.shippingLabel(new ShippingLabelDocument(SENDER, SHIP_TO, "DHL", "Paket", "REF", 3, 2,
                        BigDecimal.ONE)));
    }

    @Test
    void rendersFromAThreadWhoseContextClassLoaderSeesNothing() throws Exception {
        // inside OSGi the caller's context class loader is some other bundle's, or none at all
        try (URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
            AtomicReference<Object> outcome = new AtomicReference<>();
            AtomicReference<ClassLoader> after = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    JasperShippingDocuments fresh = new JasperShippingDocuments();
                    outcome.set(List.of(fresh.deliveryNote(note(2, Locale.GERMAN, null)),
                            fresh.pickingList(new PickingListDocument("W-9", Instant.EPOCH, "Lager",
                                    List.of(new PickingListDocument.Line("A", "SKU-P", "Ösen", BigDecimal.TEN, "Stk",
                                            List.of("LS-9"))), 1)),
                            fresh.shippingLabel(new ShippingLabelDocument(SENDER, SHIP_TO, "DHL", "Paket", "REF-9",
                                    1, 1, BigDecimal.ONE))));
                } catch (Throwable t) {
                    outcome.set(t);
                }
                after.set(Thread.currentThread().getContextClassLoader());
            });
            thread.setContextClassLoader(foreign);
            thread.start();
            thread.join();
            if (outcome.get() instanceof Throwable t) {
                throw new AssertionError("rendering under a foreign context class loader failed", t);
            }
            @SuppressWarnings("unchecked")
            List<byte[]> pdfs = (List<byte[]>) outcome.get();
            assertTrue(text(pdfs.get(0)).contains("Lieferschein"));
            assertTrue(text(pdfs.get(1)).contains("Ösen"));
            assertTrue(text(pdfs.get(2)).contains("REF-9"));
            assertSame(foreign, after.get(), "the caller's context class loader is put back");
        }
    }

    @Test
    void benchmarkRendersWhatItCounts() {
        DocumentBenchmark.Result r = new DocumentBenchmark(documents).run(2);
        assertEquals(2, r.deliveryNotes());
        assertEquals(2, r.pickingLists());
        assertTrue(r.pdfBytes() > 4 * 1000, "four PDFs, " + r.pdfBytes() + " bytes");
        assertTrue(r.deliveryNotesPerSecond() > 0 && r.pickingListsPerSecond() > 0);
        assertThrows(IllegalArgumentException.class, () -> new DocumentBenchmark(documents).run(0));
    }

    private static DeliveryNoteDocument note(int lines, Locale locale, String remark) {
        List<DeliveryNoteDocument.Line> l = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            l.add(new DeliveryNoteDocument.Line(i, String.format("SKU-%04d", i),
                    i == 1 ? "Wärmflasche Größe 1" : "Produkt Nummer " + i,
                    i == 1 ? new BigDecimal("1.50") : BigDecimal.valueOf(i), "Stk"));
        }
        return new DeliveryNoteDocument(SENDER, "LS-2026-0042", LocalDate.of(2026, 12, 2), "302-1234567-7654321",
                "00340434161234567890", SHIP_TO, "DHL", "Paket", l, remark, locale);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static int images(PDPage page) throws IOException {
        int n = 0;
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }

    private static void assertFontsEmbeddedDejaVu(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts++;
            assertTrue(font.getName().contains("DejaVuSans"), "font " + font.getName());
            assertTrue(font.isEmbedded(), "font " + font.getName() + " embedded");
        }
        assertTrue(fonts > 0, "fonts on the page");
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }
}
