package org.catura.erp.embedded.api;

import java.math.BigDecimal;

/**
 * A product to create or update: {@code sku} becomes M_Product.Value; weight in kg and shelf
 * dimensions in cm (Weight, ShelfWidth, ShelfHeight, ShelfDepth); {@code taxCategory} is a
 * C_TaxCategory name (Standard, Reduced, Super-reduced, Zero, or their words standard, reduced,
 * super_reduced, zero; null for Standard);
 * {@code gtin} is M_Product.UPC (null: none); {@code listPrice} the gross price on the embedded
 * ERP's sales price list (null: none).
 */
public record ProductSpec(String sku, String name, BigDecimal weightKg, BigDecimal widthCm, BigDecimal heightCm,
        BigDecimal depthCm, String taxCategory, String gtin, BigDecimal listPrice) {

    /** Without GTIN and list price. */
    public ProductSpec(String sku, String name, BigDecimal weightKg, BigDecimal widthCm, BigDecimal heightCm,
            BigDecimal depthCm, String taxCategory) {
        this(sku, name, weightKg, widthCm, heightCm, depthCm, taxCategory, null, null);
    }
}
