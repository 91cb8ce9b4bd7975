package org.catura.ticket.api;

/** What a history line records (R_RequestAction / R_RequestUpdate). */
public enum TicketActionKind {
    OPENED,
    COMMENT,
    STATUS,
    PRIORITY,
    ASSIGNED,
    DUE_DATE,
    ESCALATED,
    /** The clerk corrected the order: ship-to address, lines, customer. */
    CORRECTION,
    CLAIMED,
    UNCLAIMED,
    BACK_TO_AUTOMATION,
    CANCELLED,
    CLOSED
}
