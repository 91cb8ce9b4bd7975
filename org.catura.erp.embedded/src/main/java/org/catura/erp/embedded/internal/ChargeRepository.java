package org.catura.erp.embedded.internal;

import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Charges;

/** C_Charge, found by name (case-insensitive): Shipping, Promotion, Gift wrap… */
public final class ChargeRepository implements Charges {

    @Override
    public Optional<Charge> findByName(Tx tx, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Sql.one(tx, "SELECT C_Charge_ID, Name FROM C_Charge WHERE lower(Name) = lower(?) AND IsActive = 'Y'",
                rs -> new Charge(rs.getInt(1), rs.getString(2)), name.strip());
    }
}
