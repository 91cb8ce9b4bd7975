package org.catura.sandbox.spapi;

import java.math.BigDecimal;
import java.util.List;
import org.catura.sandbox.demo.DemoProduct;

/**
 * The demo shop's products as the sandbox sells them: a copy, as data, of the ERP demo
 * catalogue's SKUs ({@code DemoCatalogue.PRODUCTS} of org.catura.erp.embedded; the sandbox must
 * not depend on the ERP bundle), so every generated order maps to ERP products and the ERP's
 * recalculated total matches Amazon's. Keep the two lists in step. Prices are German shelf
 * prices in EUR including VAT; the cookbook carries the reduced rate (7 % in Germany) and is
 * sold only where the demo knows a reduced rate. Orders with a SKU the ERP does not know are a
 * special case of their own ({@link SpecialCase#UNKNOWN_SKU}, {@link #UNKNOWN_SKUS}).
 */
public final class SandboxCatalogue {

    public static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("CAT-MUG-001", "Catura ceramic mug 350 ml", new BigDecimal("12.90")),
            new DemoProduct("CAT-MUG-002", "Insulated travel mug 450 ml", new BigDecimal("19.90")),
            new DemoProduct("CAT-TEE-001", "Organic cotton T-shirt, size M", new BigDecimal("24.95")),
            new DemoProduct("CAT-HOOD-001", "Hooded sweatshirt, size L", new BigDecimal("49.90")),
            new DemoProduct("CAT-BOOK-001", "The Catura cookbook (hardcover)", new BigDecimal("29.95"), true),
            new DemoProduct("CAT-CAP-001", "Embroidered baseball cap", new BigDecimal("17.99")),
            new DemoProduct("CAT-LAMP-001", "LED desk lamp", new BigDecimal("39.99")),
            new DemoProduct("CAT-KETTLE-001", "Electric kettle 1.7 l", new BigDecimal("34.90")),
            new DemoProduct("CAT-POT-001", "Stoneware plant pot set (3 pcs)", new BigDecimal("44.90")),
            new DemoProduct("CAT-RUG-001", "Wool rug 200 x 300 cm (rolled)", new BigDecimal("349.00")),
            new DemoProduct("CAT-CHAIR-001", "Ergonomic office chair", new BigDecimal("289.00")),
            new DemoProduct("CAT-DESK-001", "Electric standing desk 160 x 80 cm", new BigDecimal("549.00")));

    /** Listings the seller still has on Amazon but not in the ERP (retired, or created on Amazon only). */
    public static final List<String> UNKNOWN_SKUS = List.of("CAT-MUG-OLD-07", "AMZ-LISTING-4711", "CAT-TEE-XL-RETIRED");

    private SandboxCatalogue() {
    }
}
