package org.catura.core.api.erp;

import java.math.BigDecimal;

/** M_InOutLine. */
public record ShipmentLine(int id, int line, int orderLineId, int productId, BigDecimal movementQty) {
}
