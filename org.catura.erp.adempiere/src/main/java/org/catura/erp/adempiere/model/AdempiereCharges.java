package org.catura.erp.adempiere.model;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Charges;
import org.catura.erp.adempiere.mapping.Queries;
import org.compiere.model.MCharge;

final class AdempiereCharges implements Charges {

    private final ErpSettings settings;

    AdempiereCharges(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Charge> findByName(Tx tx, String name) {
        Session s = Session.of(tx, settings);
        List<MCharge> found = s.list(AdempiereBusinessPartners.checked(() -> Queries.chargeByName(name)));
        return found.stream().findFirst().map(c -> new Charge(c.get_ID(), c.getName()));
    }
}
