package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.erp.embedded.api.MasterData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers {@link MasterData} as a service. It waits for the embedded {@link Erp} service, which
 * exists only once the ERP tables are migrated, and drops the ERP's cached reference data on
 * every change, at once and again after the commit.
 */
@Component(service = MasterData.class)
public final class MasterDataComponent extends MasterData {

    private final ReferenceCache cache;

    @Activate
    public MasterDataComponent(@Reference(target = "(erp.kind=embedded)") Erp erp, @Reference ReferenceCache cache) {
        // The ERP reference only orders activation after the migrations.
        this.cache = cache;
    }

    @Override
    protected void changed(Tx tx) {
        cache.changed(tx);
    }
}
