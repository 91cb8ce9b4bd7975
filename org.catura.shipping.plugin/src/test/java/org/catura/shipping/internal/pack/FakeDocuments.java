package org.catura.shipping.internal.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.PickingListDocument;
import org.catura.documents.api.ShippingDocuments;
import org.catura.documents.api.ShippingLabelDocument;

/** Stands in for the JasperReports documents: a "PDF" naming what it was asked for, and the requests kept. */
final class FakeDocuments implements ShippingDocuments {

    final List<Object> asked = new CopyOnWriteArrayList<>();

    @Override
    public byte[] deliveryNote(DeliveryNoteDocument note) {
        asked.add(note);
        return pdf("delivery note " + note.documentNo() + " " + note.shipmentReference());
    }

    @Override
    public byte[] pickingList(PickingListDocument list) {
        asked.add(list);
        return pdf("picking list " + list.waveNo());
    }

    @Override
    public byte[] shippingLabel(ShippingLabelDocument label) {
        asked.add(label);
        return pdf("label " + label.shipmentReference() + " " + label.parcelNo() + "/" + label.parcelCount());
    }

    private static byte[] pdf(String what) {
        return ("%PDF-1.4\n% " + what + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
