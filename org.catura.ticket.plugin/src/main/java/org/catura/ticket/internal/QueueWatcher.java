package org.catura.ticket.internal;

import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketActionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps tickets in step with the queue: opens a ticket for each queued or parked order that
 * has none, closes the tickets of orders that left, and drops their claims. Safe to run on
 * several nodes or threads at once: the open-ticket index lets one opener win per order.
 */
public final class QueueWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWatcher.class);
    private static final int BATCH = 200;

    private final Database database;
    private final TicketStore tickets;
    private final QueueTickets queueTickets;

    public QueueWatcher(Database database, TicketSettings settings) {
        this.database = database;
        this.tickets = new TicketStore(settings);
        this.queueTickets = new QueueTickets(tickets);
    }

    /** One look; returns how many tickets were opened and closed. */
    public Result run() {
        List<QueuedOrder> waiting = database.inTransaction(this::withoutTicket);
        int opened = 0;
        for (QueuedOrder order : waiting) {
            try {
                // Each order in its own transaction: one bad order must not hold up the others.
                opened += database.inTransaction(tx -> queueTickets.open(tx, order).created()) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Could not open a ticket for order {}: {}", order.orderId(), e.getMessage());
            }
        }
        int closed = database.inTransaction(this::closeLeft);
        return new Result(opened, closed);
    }

    /** Tickets opened and closed by one run. */
    public record Result(int opened, int closed) {
    }

    private List<QueuedOrder> withoutTicket(Tx tx) {
        List<Long> ids = Sql.query(tx, """
                select p.order_id from catura_process p
                 where (p.state = 'MANUAL_QUEUE' or p.parked)
                   and not exists (select 1 from catura_ticket t
                                    where t.order_id = p.order_id and t.status <> 'CLOSED'
                                      and t.type = case when p.state = 'MANUAL_QUEUE' then 'MANUAL_QUEUE'
                                                        else 'STATION_ERROR' end)
                 order by p.order_id limit ?""", rs -> rs.getLong(1), BATCH);
        return ids.stream().map(id -> queueTickets.queued(tx, id)).flatMap(java.util.Optional::stream).toList();
    }

    private int closeLeft(Tx tx) {
        List<Left> left = Sql.query(tx, """
                select t.ticket_id, p.state, p.parked from catura_ticket t
                  join catura_process p on p.order_id = t.order_id
                 where t.status <> 'CLOSED'
                   and ((t.type = 'MANUAL_QUEUE' and p.state <> 'MANUAL_QUEUE')
                     or (t.type = 'STATION_ERROR' and not p.parked))
                 order by t.ticket_id limit ? for update of t skip locked""",
                rs -> new Left(rs.getLong(1), rs.getString(2)), BATCH);
        for (Left l : left) {
            Ticket t = tickets.lockOpen(tx, l.ticketId(), "close");
            String why = t.type() == org.catura.ticket.api.TicketType.MANUAL_QUEUE
                    ? "The order left the manual queue; it is now at " + l.state()
                    : "The order is no longer parked; it is now at " + l.state();
            tickets.closeLocked(tx, t, QueueTickets.SYSTEM, why);
        }
        // A claim only means something while the order waits for a person.
        List<String[]> stale = Sql.query(tx, """
                delete from catura_ticket_claim c using catura_process p
                 where p.order_id = c.order_id and p.state <> 'MANUAL_QUEUE' and not p.parked
                returning c.order_id, c.holder""", rs -> new String[] {rs.getString(1), rs.getString(2)});
        for (String[] claim : stale) {
            Sql.query(tx, "select ticket_id from catura_ticket where order_id = ? order by ticket_id desc limit 1",
                    rs -> rs.getLong(1), Long.parseLong(claim[0])).forEach(ticketId -> tickets.action(tx, ticketId,
                    QueueTickets.SYSTEM, TicketActionKind.UNCLAIMED, "holder", claim[1], null,
                    "The order no longer waits for a person"));
        }
        return left.size();
    }

    private record Left(long ticketId, String state) {
    }
}
