package org.catura.erp.embedded.internal;

import org.catura.erp.embedded.api.MasterData;
import org.catura.testing.TestDatabase;

/**
 * A test database with core's tables and the embedded ERP's, migrated through the component's
 * activate path, and the demo catalogue loaded: one template per JVM, a copy per caller. Kept in
 * one place because the template's name stands for its setup.
 */
public final class DemoCatalogueDatabase {

    private DemoCatalogueDatabase() {
    }

    public static TestDatabase create() {
        return TestDatabase.prepared("erp-demo-catalogue", d -> {
            new ErpComponent(d);
            d.inTransaction(new MasterData()::seedDemo);
        });
    }
}
