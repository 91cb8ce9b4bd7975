package org.catura.runtime.internal;

/** A failure the person can act on, printed as one line without a stack trace: exit code 1. */
public final class FailureException extends RuntimeException {
    public FailureException(String message) {
        super(message);
    }

    public FailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
