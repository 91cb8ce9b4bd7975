package org.catura.runtime.internal;

import java.math.BigDecimal;
import java.util.Set;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Product;
import org.catura.erp.embedded.api.DemoCatalogue;
import org.catura.erp.embedded.api.DemoSeedResult;
import org.catura.erp.embedded.api.MasterData;

/** The demo's master data in the embedded ERP. */
final class DemoMasterData {

    private DemoMasterData() {
    }

    /**
     * The demo seller: a German company that declares its EU distance sales through the OSS (the
     * demo's orders to other member states carry the destination's VAT) and is registered for UK
     * VAT (amazon.co.uk orders carry 20 %), so the demo's orders release whether Amazon sends the
     * tax or not.
     */
    static final Company COMPANY = new Company("Catura Demo GmbH", new Location("Hauptstraße 1", null, null, null,
            "Berlin", "10115", null, "DE"), "DE123456789", "30/123/45678", "DE02120300000000202051", "BYLADEM1001",
            "Demo Bank", true);

    /**
     * Products, warehouses, stock, taxes and charges, and the demo seller unless a company is set;
     * changes nothing when they are there already.
     */
    static DemoSeedResult seed(Framework framework, Session session) {
        MasterData masterData = framework.await(MasterData.class, Session.SERVICE_TIMEOUT);
        Erp erp = framework.await(Erp.class, Session.SERVICE_TIMEOUT);
        return session.database().inTransaction(tx -> {
            DemoSeedResult result = masterData.seedDemo(tx);
            if (erp.company().get(tx).isEmpty()) {
                erp.company().save(tx, COMPANY);
                masterData.setLocalVatCountries(tx, Set.of("GB"));
            }
            return result;
        });
    }

    /** Sets the main warehouse's stock of every demo product, so that no order waits for goods. */
    static void stockUp(Framework framework, Session session, BigDecimal qty) {
        MasterData masterData = framework.await(MasterData.class, Session.SERVICE_TIMEOUT);
        Erp erp = framework.await(Erp.class, Session.SERVICE_TIMEOUT);
        session.database().inTransaction(tx -> {
            int warehouse = masterData.findWarehouse(tx, DemoCatalogue.MAIN_WAREHOUSE).orElseThrow().id();
            for (String sku : DemoCatalogue.SKUS) {
                Product product = erp.products().findBySku(tx, sku).orElseThrow();
                masterData.setOnHand(tx, product.id(), warehouse, qty);
            }
            return null;
        });
    }
}
