package org.catura.core.internal.station.customer;

import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.internal.process.CustomerMatches;
import org.catura.core.api.db.Sql;

/**
 * The customer, addresses and contact chosen for each order, with the reason (catura_order_customer):
 * written by the customer station, read by the sales-order station.
 */
public final class OrderCustomers {

    public record Chosen(int bpartnerId, int shipLocationId, int billLocationId, int contactId, String rule,
            String reason) {
    }

    public void save(Tx tx, long orderId, Chosen c) {
        CustomerMatches.save(tx.connection(), orderId, c.bpartnerId(), c.shipLocationId(), c.billLocationId(),
                c.contactId(), c.rule(), c.reason());
    }

    public Optional<Chosen> find(Tx tx, long orderId) {
        return Sql.one(tx.connection(), """
                select bpartner_id, ship_location_id, bill_location_id, contact_id, match_rule, reason
                  from catura_order_customer where order_id = ?""",
                rs -> new Chosen(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6)), orderId);
    }
}
