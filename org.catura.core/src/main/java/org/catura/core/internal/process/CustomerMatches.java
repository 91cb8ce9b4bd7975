package org.catura.core.internal.process;

import org.catura.core.api.db.Sql;
import java.sql.Connection;

/** Writes catura_order_customer: the customer, addresses and contact chosen for an order, and why. */
public final class CustomerMatches {

    private CustomerMatches() {
    }

    public static void save(Connection c, long orderId, int bpartnerId, int shipLocationId, int billLocationId,
            int contactId, String rule, String reason) {
        Sql.update(c, """
                insert into catura_order_customer
                    (order_id, bpartner_id, ship_location_id, bill_location_id, contact_id, match_rule, reason)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set bpartner_id = excluded.bpartner_id,
                    ship_location_id = excluded.ship_location_id, bill_location_id = excluded.bill_location_id,
                    contact_id = excluded.contact_id, match_rule = excluded.match_rule, reason = excluded.reason""",
                orderId, bpartnerId, shipLocationId, billLocationId, contactId, rule, reason);
    }
}
