package org.catura.erp.embedded.internal;

import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Charges;

/** C_Charge, found by name (case-insensitive): Shipping, Promotion, Gift wrap… through the {@link ReferenceCache}. */
public final class ChargeRepository implements Charges {

    private final ReferenceCache cache;

    /** Uncached, for master data maintenance. */
    public ChargeRepository() {
        this(ReferenceCache.none());
    }

    ChargeRepository(ReferenceCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Charge> findByName(Tx tx, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return cache.find("charge-by-name", wanted.toLowerCase(Locale.ROOT), () -> Sql.one(tx,
                "SELECT C_Charge_ID, Name FROM C_Charge WHERE lower(Name) = lower(?) AND IsActive = 'Y'",
                rs -> new Charge(rs.getInt(1), rs.getString(2)), wanted));
    }

    /** Whether the charge exists and is active (an order line may name it). */
    boolean isActive(Tx tx, int chargeId) {
        return cache.find("active-charge", chargeId, () -> Sql.one(tx,
                "SELECT 1 FROM C_Charge WHERE C_Charge_ID = ? AND IsActive = 'Y'", rs -> Boolean.TRUE, chargeId))
                .isPresent();
    }
}
