package org.catura.core.api.erp;

import java.math.BigDecimal;

/** C_InvoiceLine. */
public record InvoiceLine(int id, int line, int orderLineId, int shipmentLineId, int productId, int chargeId,
        String description, BigDecimal qtyInvoiced, BigDecimal priceEntered, BigDecimal lineNetAmt, int taxId) {
}
