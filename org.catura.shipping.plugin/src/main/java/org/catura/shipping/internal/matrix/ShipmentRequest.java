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

    /** The quantity needed of each product, summed over the lines, in line order. */
    public java.util.Map<Integer, java.math.BigDecimal> needed() {
        java.util.Map<Integer, java.math.BigDecimal> needed = new java.util.LinkedHashMap<>();
        for (Item i : items) {
            needed.merge(i.productId(), i.quantity(), java.math.BigDecimal::add);
        }
        return needed;
    }

    /** The SKU of a product of this shipment. */
    public String sku(int productId) {
        return items.stream().filter(i -> i.productId() == productId).map(Item::sku).findFirst()
                .orElse("#" + productId);
    }
}
