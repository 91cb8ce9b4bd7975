package org.catura.core.internal.process;

import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.DocumentKind;

/**
 * A person's choice of an order's customer, written where the stations look: the process row's
 * BUSINESS_PARTNER link and the customer match the sales-order station reads
 * (catura_order_customer), plus a timeline line.
 */
final class CustomerChoice {

    /** The match rule of a customer a person chose. */
    static final String CHOSEN = "CHOSEN";

    private final ProcessRows rows;

    CustomerChoice(ProcessRows rows) {
        this.rows = rows;
    }

    void record(Tx tx, long orderId, ChosenCustomer chosen, String who, String reason) {
        // Locking the process row keeps a station from working the order while its customer changes.
        Integer before = Sql.one(tx, "select bpartner_id from catura_process where order_id = ? for update",
                        rs -> Optional.ofNullable(Sql.integer(rs, "bpartner_id")), orderId)
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId)).orElse(null);
        String why = "chosen by " + who + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        rows.relink(tx, orderId, DocumentKind.BUSINESS_PARTNER, chosen.bpartnerId());
        CustomerMatches.save(tx.connection(), orderId, chosen.bpartnerId(), chosen.shipLocationId(), chosen.billLocationId(),
                chosen.contactId(), CHOSEN, why);
        rows.note(tx, orderId, who, "Customer changed by " + who + " from business partner "
                + (before == null ? "(none)" : before) + " to " + chosen.bpartnerId()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }
}
