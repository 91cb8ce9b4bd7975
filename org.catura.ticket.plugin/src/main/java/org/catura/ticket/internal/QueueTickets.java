package org.catura.ticket.internal;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketOpened;
import org.catura.ticket.api.TicketType;

/**
 * Opens and closes the tickets of orders waiting for a person: MANUAL_QUEUE for queued
 * orders, STATION_ERROR for parked ones. Shared by the watcher and the clerk's desk.
 */
final class QueueTickets {

    static final String SYSTEM = "system";

    private final TicketStore tickets;
    private final QueueReader queue = new QueueReader();

    QueueTickets(TicketStore tickets) {
        this.tickets = tickets;
    }

    /** The open ticket of a waiting order, opened now if the watcher has not yet. */
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

    static TicketType typeOf(QueuedOrder order) {
        return order.parked() ? TicketType.STATION_ERROR : TicketType.MANUAL_QUEUE;
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
