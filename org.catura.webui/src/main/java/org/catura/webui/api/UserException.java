package org.catura.webui.api;

/** A user could not be created or changed; the message says which user and why. Nothing was stored. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
