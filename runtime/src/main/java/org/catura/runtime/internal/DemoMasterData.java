package org.catura.runtime.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.catura.erp.embedded.api.DemoCatalogue;
import org.catura.erp.embedded.api.DemoSeedResult;
import org.catura.erp.embedded.api.MasterData;
import org.catura.sandbox.demo.DemoProduct;

/** The demo's master data in the embedded ERP, and what the demo shop charges for it. */
final class DemoMasterData {

    /** Shelf prices in EUR incl. German VAT; the ERP keeps no sales prices, the marketplace does. */
    private static final Map<String, String> PRICES = Map.ofEntries(
            Map.entry("CAT-MUG-001", "12.90"), Map.entry("CAT-MUG-002", "19.90"),
            Map.entry("CAT-TEE-001", "24.95"), Map.entry("CAT-HOOD-001", "49.00"),
            Map.entry("CAT-BOOK-001", "29.99"), Map.entry("CAT-CAP-001", "17.50"),
            Map.entry("CAT-LAMP-001", "39.90"), Map.entry("CAT-KETTLE-001", "34.99"),
            Map.entry("CAT-POT-001", "59.00"), Map.entry("CAT-RUG-001", "349.00"),
            Map.entry("CAT-CHAIR-001", "289.00"), Map.entry("CAT-DESK-001", "599.00"));

    private DemoMasterData() {
    }

    /** Products, warehouses, stock, taxes and charges; changes nothing when they are there already. */
    static DemoSeedResult seed(Framework framework, Session session) {
        MasterData masterData = framework.await(MasterData.class, Session.SERVICE_TIMEOUT);
        return session.database().inTransaction(masterData::seedDemo);
    }

    /** The demo catalogue with prices, for the order generator. */
    static List<DemoProduct> catalog() {
        return DemoCatalogue.PRODUCTS.stream().map(p -> {
            String price = PRICES.get(p.spec().sku());
            if (price == null) {
                throw new FailureException("The demo shop has no price for " + p.spec().sku());
            }
            return new DemoProduct(p.spec().sku(), p.spec().name(), new BigDecimal(price),
                    "Reduced".equals(p.spec().taxCategory()));
        }).toList();
    }
}
