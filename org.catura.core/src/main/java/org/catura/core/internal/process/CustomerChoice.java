package org.catura.core.internal.process;

import java.sql.Connection;
import java.sql.SQLException;
import org.catura.core.api.process.ChosenCustomer;

/**
 * A person's choice of an order's customer, written where the stations look: the process row's
 * BUSINESS_PARTNER link and the customer match the sales-order station reads
 * (catura_order_customer), plus a timeline line.
 */
final class CustomerChoice {

    /** The match rule of a customer a person chose. */
    static final String CHOSEN = "CHOSEN";

    void record(Connection c, long orderId, ChosenCustomer chosen, String who, String reason) throws SQLException {
        // Locking the process row keeps a station from working the order while its customer changes.
        Integer before = Sql.one(c, "select bpartner_id from catura_process where order_id = ? for update",
                        rs -> Sql.integer(rs, "bpartner_id"), orderId)
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        String why = "chosen by " + who + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        Sql.update(c, "update catura_process set bpartner_id = ?, updated_at = now() where order_id = ?",
                chosen.bpartnerId(), orderId);
        CustomerMatches.save(c, orderId, chosen.bpartnerId(), chosen.shipLocationId(), chosen.billLocationId(),
                chosen.contactId(), CHOSEN, why);
        ProcessStore.event(c, orderId, who, null, null, "Customer changed by " + who + " from business partner "
                + (before == null ? "(none)" : before) + " to " + chosen.bpartnerId()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }
}
