package org.catura.mail.api;

import java.time.Duration;
import java.util.Objects;

/**
 * An IMAP mailbox. {@code password} in plain form only in memory (callers keep it sealed with
 * core's {@code Secrets}); never in {@link #toString()}. {@code ssl}: IMAPS (port 993) rather
 * than IMAP with STARTTLS required; {@code starttls} false only for a server on localhost in tests.
 */
public record MailboxLogin(String host, int port, boolean ssl, boolean starttls, String user, String password,
        String folder, Duration timeout) {

    public MailboxLogin {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        if (host.isBlank()) {
            throw new IllegalArgumentException("An IMAP mailbox needs a host");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("IMAP port " + port + " is no port");
        }
    }

    @Override
    public String toString() {
        return "imap" + (ssl ? "s" : "") + "://" + user + "@" + host + ":" + port + "/" + folder;
    }
}
