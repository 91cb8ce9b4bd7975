package org.catura.core.api.erp;

import java.math.BigDecimal;

/**
 * M_Product. {@code sku} is the search key (Value). Weight in kg, shelf dimensions in cm, as
 * iDempiere's Weight, ShelfWidth, ShelfHeight, ShelfDepth.
 */
public record Product(int id, String sku, String name, String uom, BigDecimal weight, BigDecimal width,
        BigDecimal height, BigDecimal depth, boolean stocked, int taxCategoryId) {
}
