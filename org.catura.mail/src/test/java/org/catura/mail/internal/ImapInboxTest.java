package org.catura.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.catura.mail.api.InboundMail;
import org.catura.mail.api.InboxReport;
import org.catura.mail.api.MailInboxException;
import org.catura.mail.api.MailboxLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading a real IMAP mailbox on localhost (GreenMail). */
class ImapInboxTest {

    @RegisterExtension
    static GreenMailExtension imap = new GreenMailExtension(ServerSetupTest.IMAP);

    GreenMailUser box;
    final ImapInbox inbox = new ImapInbox();

    @BeforeEach
    void user() {
        box = imap.setUser("in@shop.example", "reader", "Rd-Pa55");
    }

    MailboxLogin login(String password) {
        return new MailboxLogin("127.0.0.1", imap.getImap().getPort(), false, false, "reader", password, null, null);
    }

    void deliver(String subject, String csv) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("partner@fulfil.example"));
        m.setRecipients(Message.RecipientType.TO, "in@shop.example");
        m.setSubject(subject, "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Grüße", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        file.setFileName("tracking.csv");
        mixed.addBodyPart(body);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        m.saveChanges();
        box.deliver(m);
    }

    @Test
    void unreadMailsAreHandedOverOnceWithTextAttachmentsAndRaw() throws Exception {
        deliver("CAT-0000001", "a;b\nc;d\n");
        List<InboundMail> seen = new ArrayList<>();
        InboxReport report = inbox.read(login("Rd-Pa55"), seen::add);

        assertEquals(List.of("CAT-0000001"), report.taken());
        InboundMail mail = seen.get(0);
        assertEquals("Grüße", mail.text());
        assertEquals("tracking.csv", mail.attachments().get(0).fileName());
        // MIME carries text lines with CRLF and may drop a last line end: the lines are what arrives
        assertEquals("a;b\nc;d", new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8)
                .replace("\r\n", "\n").strip());
        assertTrue(new String(mail.raw(), StandardCharsets.UTF_8).contains("From: partner@fulfil.example"));
        assertEquals(0, inbox.read(login("Rd-Pa55"), seen::add).taken().size(), "read once");
    }

    @Test
    void aMailWhoseHandlerFailsStaysUnreadForTheNextRead() throws Exception {
        deliver("CAT-0000002", "x");
        InboxReport failed = inbox.read(login("Rd-Pa55"), m -> {
            throw new IllegalStateException("database down");
        });
        assertEquals(List.of("CAT-0000002: database down"), failed.failed());
        assertEquals(List.of("CAT-0000002"), inbox.read(login("Rd-Pa55"), m -> { }).taken());
    }

    @Test
    void aRefusedLoginIsAnErrorWithoutThePassword() {
        MailInboxException e = assertThrows(MailInboxException.class, () -> inbox.read(login("Wrong-Pa55"), m -> { }));
        assertTrue(e.getMessage().startsWith("Reading imap://reader@127.0.0.1:"), e.getMessage());
        assertTrue(!e.getMessage().contains("Wrong-Pa55"));
    }
}
