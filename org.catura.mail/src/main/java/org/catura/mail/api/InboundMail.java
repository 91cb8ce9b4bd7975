package org.catura.mail.api;

import java.time.Instant;
import java.util.List;

/**
 * A mail as read: its plain text body (empty when it has none) and its attachments; {@code raw}
 * the whole message as received (RFC 822), to be kept beside what was taken from it.
 */
public record InboundMail(String messageId, String from, String subject, Instant receivedAt, String text,
        List<MailAttachment> attachments, byte[] raw) {

    public InboundMail {
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        raw = raw == null ? new byte[0] : raw;
    }
}
