package org.catura.core.api.retention;

import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Tx;

/**
 * A bundle that keeps buyer data in tables of its own (raw orders of an import, tickets) and
 * erases it when core says the order's time is up. Register as a service; each bundle erases its
 * own tables, nobody else's.
 */
public interface PersonalDataHolder {

    /** Who holds the data, for the timeline and the command line ("amazon", "tickets"). */
    String name();

    /**
     * Replaces the buyer data this bundle keeps of {@code orders} with {@link PersonalData#ERASED},
     * in core's transaction {@code tx}: the records stay, the ERP documents are not touched. Must
     * be idempotent: an order erased once may come again when the channel updated it.
     *
     * @return rows changed per table
     */
    Map<String, Integer> erase(Tx tx, List<ErasableOrder> orders);

    /**
     * Erases buyer data this bundle keeps of no order process, once {@code days} days have passed
     * since it was last needed: an import error given up on, say, whose order never came in.
     * Called once a run, in a transaction of its own.
     *
     * @return rows changed per table
     */
    default Map<String, Integer> eraseWithoutOrder(Tx tx, int days) {
        return Map.of();
    }
}
