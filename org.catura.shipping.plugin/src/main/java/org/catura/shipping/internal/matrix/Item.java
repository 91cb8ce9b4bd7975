package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line of the shipment as the matrix sees it: the product's weight (kg) and shelf dimensions
 * (cm) per piece, null when the product does not say.
 */
public record Item(int productId, String sku, BigDecimal quantity, BigDecimal weightKg, BigDecimal lengthCm,
        BigDecimal widthCm, BigDecimal heightCm) {

    public Item {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
    }
}
