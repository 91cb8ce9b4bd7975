package org.catura.core.api.erp;

import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Charges used for order lines that are not products. */
public interface Charges {

    Optional<Charge> findByName(Tx tx, String name);
}
