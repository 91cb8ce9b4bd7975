package org.catura.shipping.internal.transmission;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.Sender;
import org.catura.documents.api.ShippingDocuments;

/** The PDF format: the consignment as a delivery note, in German for the German-speaking countries. */
final class DeliveryNotes {

    private static final Set<String> GERMAN = Set.of("DE", "AT", "CH", "LI", "LU");

    private DeliveryNotes() {
    }

    static byte[] render(ShippingDocuments documents, Consignment c) {
        return documents.deliveryNote(document(c));
    }

    static DeliveryNoteDocument document(Consignment c) {
        Consignment.Party from = c.sender();
        Sender sender = new Sender(from.name(), lines(from.street(), from.street2(), cityLine(from), from.country()),
                c.senderVatId().isEmpty() ? null : c.senderVatId());
        Consignment.Party to = c.shipTo();
        List<String> shipTo = lines(to.name(), to.company(), to.street(), to.street2(), to.street3(), cityLine(to),
                to.country());
        List<DeliveryNoteDocument.Line> lines = c.lines().stream().map(l -> new DeliveryNoteDocument.Line(l.lineNo(),
                l.sku(), l.name(), l.quantity(), l.uom())).toList();
        LocalDate date = c.shipDate() != null ? c.shipDate() : LocalDate.ofInstant(c.createdAt(), ZoneOffset.UTC);
        return new DeliveryNoteDocument(sender, c.documentNo(), date, c.order().id(), c.reference(), shipTo,
                c.carrier().name(), c.service().name(), lines,
                c.order().deliveryInstructions().isEmpty() ? null : c.order().deliveryInstructions(),
                GERMAN.contains(to.country()) ? Locale.GERMAN : Locale.ENGLISH);
    }

    private static String cityLine(Consignment.Party p) {
        return (p.postalCode() + " " + p.city()).strip();
    }

    private static List<String> lines(String... parts) {
        List<String> lines = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                lines.add(part);
            }
        }
        return lines;
    }
}
