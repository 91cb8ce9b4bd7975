package org.catura.mail.api;

import java.util.List;
import java.util.Objects;

/**
 * A mail to send: plain text always, HTML optionally, attachments optionally. {@code to} may
 * hold several addresses separated by commas.
 */
public record MailMessage(String to, String subject, String text, String html, List<MailAttachment> attachments) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static MailMessage plain(String to, String subject, String text) {
        return new MailMessage(to, subject, text, null, List.of());
    }
}
