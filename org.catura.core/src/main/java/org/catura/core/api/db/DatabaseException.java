package org.catura.core.api.db;

/** A database failure, with a message a person can act on. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
