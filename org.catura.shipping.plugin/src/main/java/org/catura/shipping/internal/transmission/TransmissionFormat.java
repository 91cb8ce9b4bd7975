package org.catura.shipping.internal.transmission;

/** What the file sent to a carrier holds (CAT_Carrier.TransmissionFormat), with its name's extension. */
public enum TransmissionFormat {
    /** The delivery note as a PDF ({@code ShippingDocuments.deliveryNote}). */
    PDF("pdf", "application/pdf"),
    /** Semicolon-separated UTF-8 text with a header line, one row per shipment line. */
    CSV("csv", "text/csv; charset=UTF-8"),
    XML("xml", "application/xml"),
    JSON("json", "application/json"),
    /** Fixed-width records, UTF-8, widths counted in characters. */
    FIXED("txt", "text/plain; charset=UTF-8");

    private final String extension;
    private final String contentType;

    TransmissionFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
