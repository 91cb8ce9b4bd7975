package org.catura.shipping.api;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** The carriers of the transaction's tenant (CAT_Carrier), active and inactive. */
public interface Carriers {

    List<Carrier> list(Tx tx);

    Optional<Carrier> get(Tx tx, int carrierId);

    /** By search key, ignoring case. */
    Optional<Carrier> find(Tx tx, String value);
}
