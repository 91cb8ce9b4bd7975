package org.catura.transfer.api;

/** A handler will never take this file; the message is the reason a person reads beside it. */
public class FileRejectedException extends Exception {

    public FileRejectedException(String reason) {
        super(reason);
    }

    public FileRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
