package org.catura.ticket.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket (R_Request): about one order and its business partner where {@code orderId} and
 * {@code bpartnerId} are set (null otherwise). {@code assignee} is a user name, null while
 * nobody has it. {@code escalations} counts how often it was escalated to the supervisor.
 * Instants are UTC.
 */
public record Ticket(long id, TicketType type, TicketStatus status, TicketPriority priority, String summary,
        String detail, Long orderId, Integer bpartnerId, String assignee, Instant dueAt, Instant createdAt,
        String createdBy, Instant updatedAt, Instant closedAt, int escalations) {

    public Ticket {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Due date passed and not closed. */
    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt != null && dueAt.isBefore(now);
    }
}
