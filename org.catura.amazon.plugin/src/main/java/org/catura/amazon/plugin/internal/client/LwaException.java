package org.catura.amazon.plugin.internal.client;

/** Login with Amazon refused or failed to issue an access token. */
public class LwaException extends RuntimeException {

    private final int status;

    public LwaException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of the token endpoint, 0 when it could not be reached. */
    public int status() {
        return status;
    }
}
