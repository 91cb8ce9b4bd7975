package org.catura.shipping.internal.confirmation;

/** A confirmation file or body no reader can take; the message names the line and what is wrong. */
public final class MalformedConfirmationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedConfirmationException(String message) {
        super(message);
    }
}
