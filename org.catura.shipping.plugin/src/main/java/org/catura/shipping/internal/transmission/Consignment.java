package org.catura.shipping.internal.transmission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One shipment as it is handed to a carrier: what every format renders (the templates see it
 * as described in docs/transmission.md, the PDF as a delivery note). Text is single-line:
 * control characters became spaces when it was read. Optional text is empty, never null;
 * unknown dimensions are null.
 */
public record Consignment(String reference, int shipmentId, long orderId, String documentNo, LocalDate shipDate,
        Instant createdAt, Order order, Party shipTo, Party sender, String senderVatId, CarrierPart carrier,
        ServicePart service, Parcel parcel, List<Line> lines) {

    public Consignment {
        lines = List.copyOf(lines);
    }

    /** The channel's order: its id (the Amazon order id), when bought, the level the buyer chose. */
    public record Order(String id, String channel, String marketplaceId, Instant purchasedAt, String serviceLevel,
            Instant latestShipDate, String deliveryInstructions, boolean gift) {
    }

    /** An address as carriers take it; {@code street} is the first address line. */
    public record Party(String name, String company, String street, String street2, String street3,
            String postalCode, String city, String region, String country, String phone, String email) {
    }

    public record CarrierPart(String value, String name, String accountNo) {
    }

    /** The chosen service; {@code product} its code at the carrier (CarrierProduct, e.g. DHL's V01PAK). */
    public record ServicePart(String value, String name, String product) {
    }

    /** The matrix's estimate of the parcel: weight always, dimensions when known. */
    public record Parcel(BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
    }

    public record Line(int lineNo, String sku, String name, BigDecimal quantity, String uom) {
    }
}
