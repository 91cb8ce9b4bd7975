package org.catura.ticket.api;

import java.time.Instant;

/**
 * A ticket to open. {@code priority} null: the type's default; {@code dueAt} null: now plus the
 * type's DueHours (its row in CAT_TicketType); {@code orderId}, {@code bpartnerId}, {@code assignee},
 * {@code detail} may be null.
 */
public record TicketDraft(TicketType type, String summary, String detail, Long orderId, Integer bpartnerId,
        TicketPriority priority, Instant dueAt, String assignee) {

    /** A ticket about an order, with the type's default priority and due date. */
    public static TicketDraft forOrder(TicketType type, long orderId, Integer bpartnerId, String summary,
            String detail) {
        return new TicketDraft(type, summary, detail, orderId, bpartnerId, null, null, null);
    }
}
