package org.catura.ticket.api;

import java.time.Instant;

/**
 * One line of a ticket's history: who did what when. For changes {@code field} names what
 * changed with its {@code oldValue} and {@code newValue}; {@code comment} is the person's text.
 * Fields that do not apply are null.
 */
public record TicketAction(long id, long ticketId, Instant at, String who, TicketActionKind kind, String field,
        String oldValue, String newValue, String comment) {
}
