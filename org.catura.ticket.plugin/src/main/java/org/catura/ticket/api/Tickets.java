package org.catura.ticket.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/**
 * Tickets and their history. Every change writes a history line with who, when, old and new
 * value. An order has at most one open ticket per type, even across nodes.
 */
public interface Tickets {

    /**
     * Opens a ticket. For a ticket about an order, when one of the same type is open already,
     * that one is returned with {@code created = false} and nothing changes.
     */
    TicketOpened open(Tx tx, TicketDraft draft, String who);

    Optional<Ticket> get(Tx tx, long ticketId);

    /** The open ticket of this type for the order, if any. */
    Optional<Ticket> openTicket(Tx tx, long orderId, TicketType type);

    List<Ticket> find(Tx tx, TicketQuery query);

    /** The history, oldest first. */
    List<TicketAction> history(Tx tx, long ticketId);

    Ticket comment(Tx tx, long ticketId, String who, String text);

    /** Assigns (or with {@code assignee} null un-assigns) the ticket. */
    Ticket assign(Tx tx, long ticketId, String assignee, String who, String comment);

    /** Changes the status; use {@link #close} to close. */
    Ticket changeStatus(Tx tx, long ticketId, TicketStatus status, String who, String comment);

    Ticket changePriority(Tx tx, long ticketId, TicketPriority priority, String who, String comment);

    Ticket changeDueDate(Tx tx, long ticketId, Instant dueAt, String who, String comment);

    /** Closes the ticket; closing a closed ticket is refused. */
    Ticket close(Tx tx, long ticketId, String who, String comment);

    /**
     * The ticket types as CAT_TicketType sets them (due hours, supervisor, escalation), in the
     * order of {@link TicketType}; a type without a row is missing here and uses the deprecated
     * configuration. The default exists only so an implementation written before 1.3 still loads.
     */
    default List<TicketTypeSetting> types(Tx tx) {
        throw new UnsupportedOperationException(getClass().getName()
                + " lists no ticket types; it implements Tickets before 1.3. Override types(Tx)");
    }
}
