package org.catura.core.api.secret;

/** A secret could not be sealed or opened; the message never contains the secret. */
public class SecretException extends RuntimeException {
    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
