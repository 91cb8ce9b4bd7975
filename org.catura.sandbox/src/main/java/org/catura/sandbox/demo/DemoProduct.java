package org.catura.sandbox.demo;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product the demo sells: its SKU (the ERP product's search key), title and shelf price in
 * EUR including German VAT; other marketplaces derive their price from it. Products taxed at
 * the reduced rate (books) are sold only where the marketplace has one.
 */
public record DemoProduct(String sku, String title, BigDecimal grossPriceEur, boolean reducedRate) {

    public DemoProduct(String sku, String title, BigDecimal grossPriceEur) {
        this(sku, title, grossPriceEur, false);
    }

    public DemoProduct {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(title, "title");
        if (grossPriceEur == null || grossPriceEur.signum() <= 0) {
            throw new IllegalArgumentException("Demo product " + sku + " needs a positive price, got " + grossPriceEur);
        }
    }
}
