package org.catura.ticket.internal;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.WaitingOrder;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketOpened;
import org.catura.ticket.api.TicketType;

/**
 * Opens and closes the tickets of orders waiting for a person: MANUAL_QUEUE for queued
 * orders, STATION_ERROR for parked ones. Shared by the transition listener, the catch-up on
 * activation and the clerk's desk.
 */
final class QueueTickets {

    static final String SYSTEM = "system";

    private final TicketStore tickets;
    private final QueueReader queue;

    QueueTickets(TicketStore tickets, QueueReader queue) {
        this.tickets = tickets;
        this.queue = queue;
    }

    /** The open ticket of a waiting order, opened now if there is none yet. */
    Ticket ensure(Tx tx, QueuedOrder order) {
        return open(tx, order).ticket();
    }

    TicketOpened open(Tx tx, QueuedOrder order) {
        TicketType type = typeOf(order);
        String summary = type == TicketType.MANUAL_QUEUE
                ? "Order " + order.externalId() + " (" + order.channel() + ") waits in the manual queue"
                : "Order " + order.externalId() + " (" + order.channel() + ") parked at " + order.state()
                        + " after failing as often as allowed";
        return tickets.open(tx, TicketDraft.forOrder(type, order.orderId(), order.bpartnerId(), summary,
                detail(order)), SYSTEM);
    }

    Optional<QueuedOrder> queued(Tx tx, long orderId) {
        return queue.get(tx, orderId);
    }

    /** Tickets opened and closed for one order. */
    record Changes(int opened, int closed) {
    }

    /**
     * Brings the order's queue tickets in step with where it is now: closes the tickets that no
     * longer apply, ends a claim that no longer means anything, opens the ticket it needs.
     */
    Changes follow(Tx tx, long orderId, OrderState state, boolean parked) {
        int closed = 0;
        for (Ticket t : tickets.openTickets(tx, orderId)) {
            String why = null;
            if (t.type() == TicketType.MANUAL_QUEUE && state != OrderState.MANUAL_QUEUE) {
                why = "The order left the manual queue; it is now at " + state;
            } else if (t.type() == TicketType.STATION_ERROR && !parked) {
                why = "The order is no longer parked; it is now at " + state;
            }
            if (why != null) {
                tickets.closeLocked(tx, t, SYSTEM, why);
                closed++;
            }
        }
        if (!WaitingOrder.waits(state, parked)) {
            // A claim only means something while the order waits for a person.
            Sql.query(tx, "delete from catura_ticket_claim where order_id = ? returning holder", rs -> rs.getString(1),
                    orderId).forEach(holder -> latestTicket(tx, orderId).ifPresent(ticketId -> tickets.action(tx,
                    ticketId, SYSTEM, TicketActionKind.UNCLAIMED, "holder", holder, null,
                    "The order no longer waits for a person")));
            return new Changes(0, closed);
        }
        int opened = queued(tx, orderId).map(o -> open(tx, o).created() ? 1 : 0).orElse(0);
        return new Changes(opened, closed);
    }

    private static Optional<Long> latestTicket(Tx tx, long orderId) {
        return Sql.one(tx, "select ticket_id from catura_ticket where order_id = ? order by ticket_id desc limit 1",
                rs -> rs.getLong(1), orderId);
    }

    static TicketType typeOf(QueuedOrder order) {
        return typeOf(order.parked());
    }

    /** A parked order's ticket is a station error; a queued order's, the manual queue. */
    static TicketType typeOf(boolean parked) {
        return parked ? TicketType.STATION_ERROR : TicketType.MANUAL_QUEUE;
    }

    private static String detail(QueuedOrder order) {
        StringBuilder sb = new StringBuilder();
        if (order.message() != null) {
            sb.append(order.parked() ? "Last error: " : "").append(order.message());
        }
        List<String> reasons = order.reasons();
        if (!reasons.isEmpty()) {
            sb.append(sb.length() > 0 ? "\n" : "").append("Open issues:");
            for (String r : reasons) {
                sb.append("\n- ").append(r);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
