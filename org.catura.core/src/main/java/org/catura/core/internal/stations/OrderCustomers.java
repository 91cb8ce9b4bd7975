package org.catura.core.internal.stations;

import java.sql.SQLException;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.internal.process.Sql;

/** The customer, addresses and contact chosen for each order, with the reason (catura_order_customer). */
final class OrderCustomers {

    record Chosen(int bpartnerId, int shipLocationId, int billLocationId, int contactId, String rule,
            String reason) {
    }

    void save(Tx tx, long orderId, Chosen c) throws SQLException {
        Sql.update(tx.connection(), """
                insert into catura_order_customer
                    (order_id, bpartner_id, ship_location_id, bill_location_id, contact_id, match_rule, reason)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set bpartner_id = excluded.bpartner_id,
                    ship_location_id = excluded.ship_location_id, bill_location_id = excluded.bill_location_id,
                    contact_id = excluded.contact_id, match_rule = excluded.match_rule, reason = excluded.reason""",
                orderId, c.bpartnerId(), c.shipLocationId(), c.billLocationId(), c.contactId(), c.rule(), c.reason());
    }

    Optional<Chosen> find(Tx tx, long orderId) throws SQLException {
        return Sql.one(tx.connection(), """
                select bpartner_id, ship_location_id, bill_location_id, contact_id, match_rule, reason
                  from catura_order_customer where order_id = ?""",
                rs -> new Chosen(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6)), orderId);
    }
}
