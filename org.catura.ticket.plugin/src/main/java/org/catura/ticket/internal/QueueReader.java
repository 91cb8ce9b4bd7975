package org.catura.ticket.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.Sql;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.QueuedOrder;

/**
 * Reads the orders waiting for a person from the core process tables: in MANUAL_QUEUE, or
 * parked after failing as often as allowed. Read-only; changes go through OrderProcess.
 */
final class QueueReader {

    /** Why an order is in the queue: the timeline line that moved it there (the release decision). */
    private static final String SELECT = """
            select p.order_id, o.channel, o.external_id, p.state, p.parked, p.last_error, p.bpartner_id,
                   p.sales_order_id, p.updated_at, c.holder, c.claimed_at, q.at as queued_at, q.from_state,
                   q.message,
                   (select t.ticket_id from catura_ticket t
                     where t.order_id = p.order_id and t.status <> 'CLOSED'
                       and t.type = case when p.state = 'MANUAL_QUEUE' then 'MANUAL_QUEUE' else 'STATION_ERROR' end
                     order by t.ticket_id limit 1) as ticket_id,
                   array(select i.code || ': ' || i.detail from catura_order_issue i
                          where i.order_id = p.order_id and not i.resolved order by i.issue_id) as reasons
              from catura_process p
              join catura_order o on o.order_id = p.order_id
              left join catura_ticket_claim c on c.order_id = p.order_id
              left join lateral (select e.at, e.from_state, e.message from catura_process_event e
                                  where e.order_id = p.order_id and e.to_state = 'MANUAL_QUEUE'
                                  order by e.event_id desc limit 1) q on p.state = 'MANUAL_QUEUE'
             where (p.state = 'MANUAL_QUEUE' or p.parked)""";

    List<QueuedOrder> list(Tx tx, int limit) {
        return Sql.query(tx, SELECT + " order by coalesce(q.at, p.updated_at), p.order_id limit ?",
                QueueReader::queued, limit);
    }

    Optional<QueuedOrder> get(Tx tx, long orderId) {
        return Sql.one(tx, SELECT + " and p.order_id = ?", QueueReader::queued, orderId);
    }

    /** The order's state right now, for refusals that say where it is instead. */
    Optional<String> stateOf(Tx tx, long orderId) {
        return Sql.one(tx, "select state || case when parked then ' (parked)' else '' end from catura_process"
                + " where order_id = ?", rs -> rs.getString(1), orderId);
    }

    private static QueuedOrder queued(ResultSet rs) throws SQLException {
        OrderState state = OrderState.valueOf(rs.getString("state"));
        boolean inQueue = state == OrderState.MANUAL_QUEUE;
        String from = rs.getString("from_state");
        // An order queued at release goes back to release; a parked order retries its own station.
        OrderState continueAt = inQueue ? (from == null ? OrderState.ORDER_ENTERED : OrderState.valueOf(from)) : state;
        Array reasons = rs.getArray("reasons");
        List<String> reasonList = reasons == null ? List.of() : Arrays.asList((String[]) reasons.getArray());
        return new QueuedOrder(rs.getLong("order_id"), rs.getString("channel"), rs.getString("external_id"), state,
                rs.getBoolean("parked"), inQueue && Sql.instant(rs, "queued_at") != null
                        ? Sql.instant(rs, "queued_at") : Sql.instant(rs, "updated_at"),
                reasonList, inQueue ? rs.getString("message") : rs.getString("last_error"), continueAt,
                rs.getString("holder"), Sql.instant(rs, "claimed_at"), Sql.longValue(rs, "ticket_id"),
                Sql.integer(rs, "bpartner_id"), Sql.integer(rs, "sales_order_id"));
    }
}
