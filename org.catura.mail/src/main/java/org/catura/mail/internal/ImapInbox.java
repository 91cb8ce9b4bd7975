package org.catura.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.catura.mail.api.InboundMail;
import org.catura.mail.api.InboundMailHandler;
import org.catura.mail.api.InboxReport;
import org.catura.mail.api.MailAttachment;
import org.catura.mail.api.MailInbox;
import org.catura.mail.api.MailInboxException;
import org.catura.mail.api.MailboxLogin;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link MailInbox} over IMAP with Jakarta Mail (embedded in this bundle, as for SMTP). */
@Component(service = MailInbox.class)
public final class ImapInbox implements MailInbox {

    private static final Logger LOG = LoggerFactory.getLogger(ImapInbox.class);
    /** A mail larger than this is not read into memory; it stays unread and is reported. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Override
    public InboxReport read(MailboxLogin login, InboundMailHandler handler) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Jakarta Mail finds its IMAP provider and content handlers through the context loader.
        Thread.currentThread().setContextClassLoader(ImapInbox.class.getClassLoader());
        List<String> taken = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try {
            String protocol = login.ssl() ? "imaps" : "imap";
            Session session = Session.getInstance(properties(protocol, login));
            try (Store store = session.getStore(protocol)) {
                store.connect(login.host(), login.port(), login.user(), login.password());
                try (Folder folder = store.getFolder(login.folder())) {
                    folder.open(Folder.READ_WRITE);
                    for (Message m : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                        String subject = subject(m);
                        try {
                            if (m.getSize() > MAX_BYTES) {
                                throw new IOException("larger than " + MAX_BYTES / 1024 / 1024 + " MB");
                            }
                            handler.accept(mail(m));
                            m.setFlag(Flags.Flag.SEEN, true);
                            taken.add(subject);
                        } catch (Exception e) {
                            // not marked read: Jakarta Mail's fetch set \Seen, so take it back
                            m.setFlag(Flags.Flag.SEEN, false);
                            LOG.warn("{}: mail '{}' left unread: {}", login, subject, e.toString());
                            failed.add(subject + ": " + e.getMessage());
                        }
                    }
                }
            }
        } catch (MessagingException e) {
            throw new MailInboxException("Reading " + login + " failed: " + e.getMessage(), null);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return new InboxReport(taken, failed);
    }

    private static Properties properties(String protocol, MailboxLogin login) {
        Properties p = new Properties();
        String ms = String.valueOf(login.timeout().toMillis());
        p.setProperty("mail." + protocol + ".connectiontimeout", ms);
        p.setProperty("mail." + protocol + ".timeout", ms);
        p.setProperty("mail." + protocol + ".writetimeout", ms);
        if (!login.ssl()) {
            p.setProperty("mail.imap.starttls.enable", String.valueOf(login.starttls()));
            p.setProperty("mail.imap.starttls.required", String.valueOf(login.starttls()));
        } else {
            p.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        return p;
    }

    private static String subject(Message m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            return "(unreadable subject)";
        }
    }

    static InboundMail mail(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        StringBuilder text = new StringBuilder();
        List<MailAttachment> attachments = new ArrayList<>();
        collect(m, text, attachments);
        Address[] from = m.getFrom();
        Instant received = m.getReceivedDate() != null ? m.getReceivedDate().toInstant()
                : m.getSentDate() != null ? m.getSentDate().toInstant() : Instant.now();
        String id = m instanceof MimeMessage mime ? mime.getMessageID() : null;
        return new InboundMail(id, from == null || from.length == 0 ? null : from[0].toString(), subject(m), received,
                text.toString(), attachments, raw.toByteArray());
    }

    /** The first text/plain part that is no attachment is the body; every named part an attachment. */
    private static void collect(Part part, StringBuilder text, List<MailAttachment> attachments)
            throws MessagingException, IOException {
        String name = part.getFileName();
        if (name != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            String type = part.getContentType() == null ? "application/octet-stream"
                    : part.getContentType().split(";")[0].strip();
            attachments.add(new MailAttachment(name == null ? "attachment" : name, type,
                    part.getInputStream().readNBytes(MAX_BYTES)));
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart bp = mp.getBodyPart(i);
                collect(bp, text, attachments);
            }
        } else if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(part.getContent().toString());
        }
    }
}
