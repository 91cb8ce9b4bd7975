package org.catura.documents.api;

import java.math.BigDecimal;
import java.util.List;

/** A parcel's address label: sender, receiver (printed lines), service, weight, parcel n of m, reference barcode. */
public record ShippingLabelDocument(Sender sender, List<String> shipTo, String carrierName, String serviceName,
        String shipmentReference, int parcelNo, int parcelCount, BigDecimal weightKg) {

    public ShippingLabelDocument {
        shipTo = shipTo == null ? List.of() : List.copyOf(shipTo);
    }
}
