package org.catura.runtime.internal;

import java.math.BigDecimal;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Product;
import org.catura.erp.embedded.api.DemoCatalogue;
import org.catura.erp.embedded.api.DemoSeedResult;
import org.catura.erp.embedded.api.MasterData;

/** The demo's master data in the embedded ERP. */
final class DemoMasterData {

    private DemoMasterData() {
    }

    /** Products, warehouses, stock, taxes and charges; changes nothing when they are there already. */
    static DemoSeedResult seed(Framework framework, Session session) {
        MasterData masterData = framework.await(MasterData.class, Session.SERVICE_TIMEOUT);
        return session.database().inTransaction(masterData::seedDemo);
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
