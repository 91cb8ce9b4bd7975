package org.catura.erp.embedded.api;

import java.math.BigDecimal;

/**
 * A product to create: {@code sku} becomes M_Product.Value; weight in kg and shelf dimensions in
 * cm (Weight, ShelfWidth, ShelfHeight, ShelfDepth); {@code taxCategory} is a C_TaxCategory name
 * (Standard, Reduced, Super-reduced, Zero or their words standard, reduced, super_reduced, zero; null for Standard).
 */
public record ProductSpec(String sku, String name, BigDecimal weightKg, BigDecimal widthCm, BigDecimal heightCm,
        BigDecimal depthCm, String taxCategory) {
}
