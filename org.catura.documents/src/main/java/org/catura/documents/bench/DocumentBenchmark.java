package org.catura.documents.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.PickingListDocument;
import org.catura.documents.api.Sender;
import org.catura.documents.api.ShippingDocuments;
import org.catura.documents.internal.JasperShippingDocuments;

/**
 * Renders delivery notes and picking lists of {@value #LINES} lines each, one after the other on
 * the calling thread, and tells how many per second. The first call of a fresh instance includes
 * JasperReports' warm-up (fonts, classes); run a round first and measure the next ones.
 */
public final class DocumentBenchmark {

    /** Lines per document. */
    public static final int LINES = 20;

    /** One round: documents rendered, seconds taken, PDF bytes produced. */
    public record Result(int deliveryNotes, double deliveryNoteSeconds, int pickingLists, double pickingListSeconds,
            long pdfBytes) {

        public double deliveryNotesPerSecond() {
            return deliveryNotes / deliveryNoteSeconds;
        }

        public double pickingListsPerSecond() {
            return pickingLists / pickingListSeconds;
        }
    }

    private final ShippingDocuments documents;
    private final DeliveryNoteDocument note;
    private final PickingListDocument list;

    /** With this bundle's JasperReports renderer. */
    public DocumentBenchmark() {
        this(new JasperShippingDocuments());
    }

    /** With any renderer, e.g. the DS service. */
    public DocumentBenchmark(ShippingDocuments documents) {
        this.documents = documents;
        List<DeliveryNoteDocument.Line> noteLines = new ArrayList<>();
        List<PickingListDocument.Line> listLines = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            noteLines.add(new DeliveryNoteDocument.Line(i, "SKU-" + (1000 + i), "Artikel Nr. " + i + " – Größe M",
                    BigDecimal.valueOf(i % 4 + 1), "Stk"));
            listLines.add(new PickingListDocument.Line("A-" + (i / 5 + 1) + "-" + (i % 5 + 1), "SKU-" + (1000 + i),
                    "Artikel Nr. " + i, BigDecimal.valueOf(i % 7 + 1), "Stk",
                    List.of("LS-" + (5000 + i), "LS-" + (5100 + i))));
        }
        Sender sender = new Sender("Beispiel Händler GmbH", List.of("Müllerstraße 1", "10115 Berlin"),
                "DE123456789");
        note = new DeliveryNoteDocument(sender, "LS-100200", LocalDate.of(2026, 12, 2), "302-1234567-1234567",
                "00340434161234567890", List.of("Erika Mustermann", "Hauptstraße 5", "80331 München", "Deutschland"),
                "DHL", "Paket", noteLines, "Bitte beim Nachbarn abgeben.", Locale.GERMAN);
        list = new PickingListDocument("W-42", Instant.parse("2026-12-02T08:00:00Z"), "Hauptlager", listLines, 20);
    }

    /** Renders {@code count} delivery notes, then {@code count} picking lists. */
    public Result run(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bytes += documents.deliveryNote(note).length;
        }
        long middle = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bytes += documents.pickingList(list).length;
        }
        long end = System.nanoTime();
        return new Result(count, (middle - start) / 1e9, count, (end - middle) / 1e9, bytes);
    }
}
