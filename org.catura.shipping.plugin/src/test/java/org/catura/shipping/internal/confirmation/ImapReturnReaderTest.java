package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.mail.api.InboxReport;
import org.catura.mail.internal.ImapInbox;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IMAP return channel against a real IMAP server on localhost (GreenMail). */
class ImapReturnReaderTest extends ShippingTestBase {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP);

    ImapReturnReader reader;
    com.icegreen.greenmail.user.GreenMailUser box;

    @BeforeEach
    void mailbox() {
        box = mail.setUser("tracking@shop.example", "partner", "Imap-Pa55");
        tx(t -> Sql.update(t, """
                update CAT_Carrier set ReturnChannel = 'IMAP', ReturnHost = '127.0.0.1', ReturnPort = ?,
                       ReturnUser = 'partner', ReturnSecretSealed = ?, ReturnPath = 'INBOX' where CAT_Carrier_ID = ?""",
                mail.getImap().getPort(), secrets.seal("Imap-Pa55"), carrierId));
        ShippingConfirmations confirmations = new ShippingConfirmations() {
            @Override
            public ConfirmationResult record(Tx tx, CarrierConfirmation c) {
                return recorder.record(tx, c);
            }

            @Override
            public ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName,
                    byte[] raw, String reason) {
                return recorder.reject(tx, carrier, source, rawName, raw, reason);
            }
        };
        reader = new ImapReturnReader(db, new ImapInbox(), confirmations, secrets, new ReturnChannels());
    }

    void send(String subject, String text, String attachmentName, String attachment) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("partner@fulfil.example"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "tracking@shop.example");
        m.setSubject(subject, "UTF-8");
        if (attachment == null) {
            m.setText(text, "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(attachment.getBytes(StandardCharsets.UTF_8), "text/csv");
            file.setFileName(attachmentName);
            mixed.addBodyPart(body);
            mixed.addBodyPart(file);
            m.setContent(mixed);
        }
        m.saveChanges();
        box.deliver(m); // straight into the mailbox: the IMAP side is what is tested
    }

    ReturnChannels.ReturnChannel carrier() {
        return tx(t -> new ReturnChannels().find(t, CARRIER)).orElseThrow();
    }

    @Test
    void aCsvAttachmentAndACsvBodyAreRecordedAndAMailWithoutReferenceIsRejected() throws Exception {
        Shipped a = transmittedOrder(1, carrierId, null);
        Shipped b = transmittedOrder(1, carrierId, null);
        send("Tracking " + a.reference(), "see attachment", "tracking.csv",
                ConfirmationCsv.HEADER + "\n" + a.reference() + ";;003404341601;;2026-12-02;;;\n");
        send("Re: " + b.reference() + " shipped", ConfirmationCsv.HEADER + "\n" + b.reference() + ";;003404341602;;;;;\n",
                null, null);
        send("Hello", "we shipped everything", null, null);

        InboxReport report = reader.read(carrier());

        assertEquals(3, report.taken().size(), report.toString());
        assertEquals("SHIPPED", state(a.orderId()));
        assertEquals("SHIPPED", state(b.orderId()));
        assertEquals("003404341602", text("select trackingno from m_inout where m_inout_id = ?", b.shipmentId()));
        assertEquals(1, count("select count(*) from shipping_message where source = 'IMAP' and outcome = 'REJECTED'"
                + " and raw_name = 'Hello' and detail like 'The subject ''Hello'' names no shipment reference%'"));
        assertEquals(1, count("select count(*) from shipping_message where shipment_id = ? and source = 'IMAP'"
                + " and convert_from(content, 'UTF8') like '%From: partner@fulfil.example%'", a.shipmentId()),
                "the whole mail is kept");

        assertEquals(0, reader.read(carrier()).taken().size(), "read mails are not read again");
        assertTrue(count("select count(*) from shipping_parcel") == 2);
    }

    @Test
    void aWrongPasswordIsAnErrorNamingTheMailboxNotThePassword() {
        tx(t -> Sql.update(t, "update CAT_Carrier set ReturnSecretSealed = ? where CAT_Carrier_ID = ?",
                secrets.seal("wrong-one"), carrierId));
        org.catura.mail.api.MailInboxException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.catura.mail.api.MailInboxException.class, () -> reader.read(carrier()));
        assertTrue(e.getMessage().startsWith("Reading imap://partner@127.0.0.1:"), e.getMessage());
        assertTrue(!e.getMessage().contains("wrong-one"));
    }
}
