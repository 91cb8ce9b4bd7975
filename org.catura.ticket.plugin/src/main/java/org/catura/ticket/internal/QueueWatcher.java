package org.catura.ticket.internal;

import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.process.OrderProcess;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catch-up when the ticket plugin starts: transitions made while it was not running were
 * heard by no one, so it opens a ticket for each queued or parked order that has none, closes
 * the tickets of orders that left and drops their claims. From then on the transition listener
 * keeps tickets in step. Safe on several nodes at once: the open-ticket index lets one opener win.
 */
public final class QueueWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWatcher.class);
    private static final int BATCH = 1000;

    private final Database database;
    private final OrderProcess process;
    private final QueueReader queue;
    private final QueueTickets queueTickets;

    public QueueWatcher(Database database, OrderProcess process, TicketSettings settings) {
        this(database, process, settings, new TicketObservers());
    }

    /** Telling {@code observers} of the tickets it opens and closes. */
    public QueueWatcher(Database database, OrderProcess process, TicketSettings settings, TicketObservers observers) {
        this.database = database;
        this.process = process;
        this.queue = new QueueReader(process);
        this.queueTickets = new QueueTickets(new TicketStore(settings, observers), queue);
    }

    /** One look; returns how many tickets were opened and closed. */
    public Result run() {
        List<QueuedOrder> waiting = database.inTransaction(tx -> queue.list(tx, BATCH)).stream()
                .filter(o -> o.ticketId() == null).toList();
        int opened = 0;
        for (QueuedOrder order : waiting) {
            try {
                // Each order in its own transaction: one bad order must not hold up the others.
                opened += database.inTransaction(tx -> queueTickets.open(tx, order).created()) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Could not open a ticket for order {}: {}", order.orderId(), e.getMessage());
            }
        }
        int closed = 0;
        for (long orderId : database.inTransaction(tx -> Sql.query(tx, """
                select distinct order_id from catura_ticket
                 where status <> ? and type in (?, ?) and order_id is not null
                union
                select order_id from catura_ticket_claim""", rs -> rs.getLong(1), TicketStatus.CLOSED,
                TicketType.MANUAL_QUEUE, TicketType.STATION_ERROR))) {
            closed += database.inTransaction(tx -> process.view(tx, orderId)
                    .map(v -> queueTickets.follow(tx, orderId, v.state(), v.parked()).closed()).orElse(0));
        }
        return new Result(opened, closed);
    }

    /** Tickets opened and closed by one run. */
    public record Result(int opened, int closed) {
    }
}
