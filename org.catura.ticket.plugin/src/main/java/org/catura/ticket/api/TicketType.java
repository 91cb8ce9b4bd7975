package org.catura.ticket.api;

/** What a ticket is about (iDempiere's R_RequestType); each type has its own due time in the configuration. */
public enum TicketType {
    /** A release decision parked the order for a person. */
    MANUAL_QUEUE(TicketPriority.MEDIUM),
    /** A station failed on the order as often as allowed; the order is parked. */
    STATION_ERROR(TicketPriority.HIGH),
    /** The carrier did not confirm shipping within the configured time. */
    NO_SHIPPING_CONFIRMATION(TicketPriority.HIGH),
    /** The buyer cancelled after the goods left. */
    CANCEL_AFTER_SHIPPING(TicketPriority.HIGH),
    /** A channel's import could not take an order in; an admin skips it or retries it (no order exists yet). */
    IMPORT_ERROR(TicketPriority.HIGH),
    /** A carrier's confirmation was garbled, unknown, or contradicted what is recorded; nothing was changed. */
    CARRIER_MESSAGE_REJECTED(TicketPriority.HIGH),
    OTHER(TicketPriority.MEDIUM);

    private final TicketPriority defaultPriority;

    TicketType(TicketPriority defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    /** The priority a ticket of this type opens with unless the opener says otherwise. */
    public TicketPriority defaultPriority() {
        return defaultPriority;
    }
}
