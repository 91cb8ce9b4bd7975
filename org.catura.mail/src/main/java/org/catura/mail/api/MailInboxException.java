package org.catura.mail.api;

/** The mailbox could not be read at all (server down, login refused); the message names the box, never the password. */
public class MailInboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailInboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
