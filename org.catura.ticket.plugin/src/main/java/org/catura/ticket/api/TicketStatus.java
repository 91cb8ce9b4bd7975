package org.catura.ticket.api;

/** Where a ticket stands (R_Status); only {@link #CLOSED} ends it. */
public enum TicketStatus {
    OPEN,
    IN_PROGRESS,
    /** Waiting for someone outside (buyer, carrier). */
    WAITING,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
