package org.catura.ticket.api;

/** Ticket priority as in R_Request.Priority, most pressing first. */
public enum TicketPriority {
    URGENT,
    HIGH,
    MEDIUM,
    LOW;

    /** One step more pressing; {@link #URGENT} stays urgent. */
    public TicketPriority raised() {
        return this == URGENT ? URGENT : values()[ordinal() - 1];
    }
}
