package org.catura.shipping.internal.dhl;

/** DHL did not take the request now (429, 5xx, no answer in time): the outbox tries again later. */
final class DhlUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    DhlUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
