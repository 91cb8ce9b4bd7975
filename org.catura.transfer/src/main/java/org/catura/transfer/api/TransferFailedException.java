package org.catura.transfer.api;

/**
 * The other side could not be reached or had a passing problem (not listening, timed out,
 * refused the login, HTTP 429 or 5xx): the outbox tries again later.
 */
public class TransferFailedException extends TransferException {

    public TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransferFailedException(String message) {
        super(message, null);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
