package org.catura.core.api.outbox;

/**
 * Thrown by a sink when the other side refused the message for good (an HTTP 4xx, a file that
 * must not be overwritten): sent again unchanged it would be refused again, so the dispatcher
 * parks it at once for a person instead of spending the remaining attempts.
 */
public class UndeliverableMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UndeliverableMessageException(String message) {
        super(message);
    }

    public UndeliverableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
