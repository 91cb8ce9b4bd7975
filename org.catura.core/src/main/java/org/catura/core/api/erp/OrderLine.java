package org.catura.core.api.erp;

import java.math.BigDecimal;

/** C_OrderLine. {@code lineNetAmt} is qty × price, gross when the order's prices include tax. */
public record OrderLine(int id, int line, int productId, int chargeId, String description, BigDecimal qtyOrdered,
        BigDecimal qtyDelivered, BigDecimal qtyInvoiced, BigDecimal priceEntered, BigDecimal lineNetAmt,
        int taxId) {
}
