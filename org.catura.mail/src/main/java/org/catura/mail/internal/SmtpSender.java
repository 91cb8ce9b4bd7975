package org.catura.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.catura.mail.api.MailAttachment;
import org.catura.mail.api.MailMessage;
import org.catura.mail.api.QueuedMail;

/** Sends one mail over SMTP with Jakarta Mail. */
public final class SmtpSender {

    private final Session session;
    private final String from;
    private final String username;
    private final String password;

    public SmtpSender(String host, int port, String from, String username, String password, boolean starttls,
            int timeoutSeconds) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.auth", String.valueOf(!username.isEmpty()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(timeoutSeconds * 1000));
        p.setProperty("mail.smtp.timeout", String.valueOf(timeoutSeconds * 1000));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(timeoutSeconds * 1000));
        this.session = Session.getInstance(p);
        this.from = from;
        this.username = username;
        this.password = password;
    }

    /**
     * Sends the mail. Its Message-ID comes from the idempotency key, so a copy resent after a
     * crash carries the same id and mail clients show it once.
     */
    public void send(String idempotencyKey, MailMessage mail) throws MessagingException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Jakarta Mail and Activation look up providers and content handlers through the context loader.
        Thread.currentThread().setContextClassLoader(SmtpSender.class.getClassLoader());
        try {
            MimeMessage message = new StableIdMessage(session, QueuedMail.messageId(idempotencyKey));
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setContent(body(mail));
            message.saveChanges();
            try (var transport = session.getTransport("smtp")) {
                transport.connect(username.isEmpty() ? null : username, password.isEmpty() ? null : password);
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static MimeMultipart body(MailMessage mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (mail.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternative);
        mixed.addBodyPart(content);
        for (MailAttachment a : mail.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
            part.setFileName(a.fileName());
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    /** A message whose Message-ID survives saveChanges(). */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
