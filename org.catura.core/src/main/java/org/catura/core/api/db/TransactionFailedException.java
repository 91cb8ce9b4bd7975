package org.catura.core.api.db;

/** Carries a checked exception thrown by transactional work; the transaction was rolled back. */
public class TransactionFailedException extends RuntimeException {
    public TransactionFailedException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
