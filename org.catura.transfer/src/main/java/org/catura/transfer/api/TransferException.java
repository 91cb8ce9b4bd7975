package org.catura.transfer.api;

/**
 * A transfer did not happen. The message names the file and the endpoint (never its secret) and
 * says what to do; {@link #retryable()} tells whether trying again later may succeed.
 */
public abstract class TransferException extends RuntimeException {

    protected TransferException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract boolean retryable();
}
