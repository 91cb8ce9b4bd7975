package org.catura.amazon.plugin.internal.client;

/** Login with Amazon refused or failed to issue an access token. */
public class LwaException extends RuntimeException {

    private final int status;
    private final String error;

    public LwaException(String message, int status, Throwable cause) {
        this(message, status, null, cause);
    }

    public LwaException(String message, int status, String error, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.error = error;
    }

    /** The HTTP status of the token endpoint, 0 when it could not be reached. */
    public int status() {
        return status;
    }

    /** LWA's {@code error} code ({@code invalid_client}, {@code invalid_grant}…), null when it sent none. */
    public String error() {
        return error;
    }
}
