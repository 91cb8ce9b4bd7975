package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;

/** Available quantity of a product at a warehouse (the ERP's on hand less reservations). */
@FunctionalInterface
public interface Stock {

    BigDecimal available(int productId, int warehouseId);
}
