package org.catura.mail.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.catura.mail.internal.MailJson;

/**
 * A mail as it waits in the outbox (topic {@link MailQueue#TOPIC}), for a sink of another bundle
 * that sends it another way (inside iDempiere: the tenant's SMTP).
 */
public final class QueuedMail {

    private static final MailJson JSON = new MailJson();

    private QueuedMail() {
    }

    /** The mail of an outbox payload; fields a sender added beside it (a ticket id, say) are ignored. */
    public static MailMessage read(String payload) {
        return JSON.read(payload);
    }

    /**
     * The Message-ID of the mail queued under {@code idempotencyKey}: the same for every copy, so a
     * copy sent again after a crash is recognisably the same mail.
     */
    public static String messageId(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@catura>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
