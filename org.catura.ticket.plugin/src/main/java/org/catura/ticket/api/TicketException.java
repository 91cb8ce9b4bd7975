package org.catura.ticket.api;

/** A ticket or queue operation refused; the message says which ticket or order and why. */
public class TicketException extends RuntimeException {
    public TicketException(String message) {
        super(message);
    }

    public TicketException(String message, Throwable cause) {
        super(message, cause);
    }
}
