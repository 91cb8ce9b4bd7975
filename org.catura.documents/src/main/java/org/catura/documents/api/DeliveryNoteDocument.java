package org.catura.documents.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a delivery note shows. {@code shipTo} as printed, line by line (name, company, street,
 * postal code and city, country); {@code orderReference} the channel's order id;
 * {@code shipmentReference} the reference the carrier echoes back; {@code locale} picks the
 * labels' language (de, en; others print in English). A null list is taken as empty; rendering refuses
 * a document without lines or ship-to address with an IllegalArgumentException naming the field.
 */
public record DeliveryNoteDocument(Sender sender, String documentNo, LocalDate date, String orderReference,
        String shipmentReference, List<String> shipTo, String carrierName, String serviceName, List<Line> lines,
        String note, Locale locale) {

    public DeliveryNoteDocument {
        shipTo = shipTo == null ? List.of() : List.copyOf(shipTo);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(int lineNo, String sku, String name, BigDecimal quantity, String uom) {
    }
}
