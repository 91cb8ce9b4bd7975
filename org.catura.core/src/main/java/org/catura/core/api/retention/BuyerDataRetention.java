package org.catura.core.api.retention;

import java.util.List;
import java.util.function.Consumer;

/**
 * Erases the buyer data of orders whose shipment was confirmed, or which were cancelled, more than
 * {@link #windowDays()} days ago. The scheduler runs it daily; an operator may run it by hand.
 */
public interface BuyerDataRetention {

    /** Days after shipment confirmation or cancellation that buyer data is kept. */
    int windowDays();

    /** The orders due now, oldest first, at most {@code limit}; erases nothing. */
    List<DueOrder> due(int limit);

    /**
     * Erases the due orders' buyer data in every holder, one transaction per batch, and records
     * the erasure on each order's process and timeline.
     *
     * @param progress told the running total after each batch
     */
    RetentionReport eraseDue(Consumer<RetentionReport> progress);
}
