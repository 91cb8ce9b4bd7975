package org.catura.shipping.internal.matrix;

import java.util.List;
import java.util.Objects;

/**
 * What the matrix is asked about one shipment: where it goes, what the order asked for (level,
 * Prime, cash on delivery, signature, ID or age check), its items, and the warehouse the delivery
 * note was drafted in (its own reservation there does not count against its stock).
 */
public record ShipmentRequest(String country, String postalCode, ServiceLevel level, boolean prime, boolean cod,
        boolean signature, boolean idCheck, boolean ageCheck, List<Item> items, int shipmentWarehouseId) {

    public ShipmentRequest {
        Objects.requireNonNull(level, "level");
        items = List.copyOf(items);
    }
}
