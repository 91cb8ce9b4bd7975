package org.catura.sandbox.carrier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One shipment as the simulator read it from a transmission.
 *
 * @param reference      the product's shipment reference, {@code CAT-0001234}
 * @param orderReference the order id (the Amazon order id), null when the transmission had none
 * @param weightKg       the shipment's weight, null when the transmission had none
 * @param lines          the SKUs and quantities, in the transmission's order
 */
public record PartnerShipment(String reference, String orderReference, BigDecimal weightKg, List<Line> lines) {

    public PartnerShipment {
        Objects.requireNonNull(reference, "reference");
        lines = List.copyOf(lines);
    }

    public record Line(String sku, BigDecimal quantity) {
    }
}
