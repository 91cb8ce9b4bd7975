package org.catura.core.api.erp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Products and their stock. */
public interface Products {

    Optional<Product> get(Tx tx, int productId);

    /** The active product whose search key (Value) is {@code sku}. */
    Optional<Product> findBySku(Tx tx, String sku);

    /**
     * Active products whose SKU or name contains {@code text}, ignoring case (blank: all), ordered
     * by SKU: at most {@code limit} of them, skipping the first {@code offset}.
     */
    List<Product> search(Tx tx, String text, int limit, int offset);

    List<Warehouse> warehouses(Tx tx);

    /** Quantity on hand in all locators of the warehouse. */
    BigDecimal qtyOnHand(Tx tx, int productId, int warehouseId);

    /** On hand less what completed sales orders have reserved. */
    BigDecimal qtyAvailable(Tx tx, int productId, int warehouseId);
}
