package org.catura.documents.api;

/** Renders the shipping documents as PDF (JasperReports templates compiled at build time). */
public interface ShippingDocuments {

    /** The delivery note (Lieferschein) of one shipment. */
    byte[] deliveryNote(DeliveryNoteDocument note);

    /** The picking list of one wave: what to take from where, and for which orders. */
    byte[] pickingList(PickingListDocument list);

    /** An address label for one parcel (A6), with the shipment reference as a barcode. */
    byte[] shippingLabel(ShippingLabelDocument label);
}
