package org.catura.ticket.api;

/** The open ticket of an order and type, and whether this call created it (false: it was open already). */
public record TicketOpened(Ticket ticket, boolean created) {
}
