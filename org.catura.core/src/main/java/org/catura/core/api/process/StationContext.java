package org.catura.core.api.process;

import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;

/** What a station sees of the one order it works on, inside the order's transaction. */
public interface StationContext {

    Tx tx();

    long orderId();

    ImportedOrder order();

    /** How many times this station has already failed on this order. */
    int attempts();

    Optional<Integer> document(DocumentKind kind);

    /** Records a document of this order; stored with the state change. */
    void link(DocumentKind kind, int erpId);

    /** Adds a line to the order's timeline. */
    void note(String message);
}
