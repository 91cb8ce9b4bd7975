package org.catura.core.api.erp;

import java.math.BigDecimal;

/**
 * A sales order line to create: a product ({@code productId} &gt; 0) or a charge
 * ({@code chargeId} &gt; 0). {@code price} is per unit, gross when the order's prices include tax.
 */
public record OrderLineDraft(int productId, int chargeId, String description, BigDecimal qty, BigDecimal price,
        int taxId) {

    public static OrderLineDraft product(int productId, String description, BigDecimal qty, BigDecimal price,
            int taxId) {
        return new OrderLineDraft(productId, 0, description, qty, price, taxId);
    }

    public static OrderLineDraft charge(int chargeId, String description, BigDecimal amount, int taxId) {
        return new OrderLineDraft(0, chargeId, description, BigDecimal.ONE, amount, taxId);
    }
}
