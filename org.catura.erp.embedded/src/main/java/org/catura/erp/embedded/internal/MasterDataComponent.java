package org.catura.erp.embedded.internal;

import org.catura.core.api.erp.Erp;
import org.catura.erp.embedded.api.MasterData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers {@link MasterData} as a service. It waits for the embedded {@link Erp} service, which
 * exists only once the ERP tables are migrated.
 */
@Component(service = MasterData.class)
public final class MasterDataComponent extends MasterData {

    @Activate
    public MasterDataComponent(@Reference(target = "(erp.kind=embedded)") Erp erp) {
        // Nothing to keep: the reference only orders activation after the migrations.
    }
}
