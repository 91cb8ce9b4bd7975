package org.catura.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Database;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.mail.api.MailAttachment;
import org.catura.mail.api.MailMessage;
import org.catura.testing.EngineDriver;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail through the outbox to a real SMTP server on localhost (GreenMail). */
class SmtpMailSinkTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static TestDatabase database;
    static Database db;
    final MailQueueComponent queue = new MailQueueComponent(new OutboxStore());
    EngineDriver engine;

    @BeforeAll
    static void startDatabase() {
        database = TestDatabase.create();
        db = database.database();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void engine() {
        database.execute("truncate catura_outbox");
        ProcessEngine process = new ProcessEngine(db, new ProcessSettings(2, Duration.ofMillis(10),
                Duration.ofMillis(10), 10, Duration.ofMinutes(1), Duration.ofMillis(10)), "mail-test", 1);
        process.addSink(new SmtpMailSink(new SmtpSender("127.0.0.1", smtp.getSmtp().getPort(),
                "Catura Shop <orders@shop.example>", "", "", false, 5)));
        engine = new EngineDriver(db, process, new ProcessStore(process::workStates, process::sinkTopics));
    }

    /** Sends what the outbox holds, until every message is sent or parked. */
    void drain() {
        engine.runUntilIdle();
    }

    @Test
    void aQueuedMailIsSentOnceWithTextAttachmentAndAStableMessageId() throws Exception {
        MailMessage invoice = new MailMessage("anna@example.org", "Ihre Rechnung 10001", "Guten Tag,\nanbei.",
                "<p>Guten Tag</p>", List.of(new MailAttachment("10001.pdf", "application/pdf",
                        "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII))));
        db.inTransaction(tx -> queue.queue(tx, "invoice-mail:10001", invoice));
        db.inTransaction(tx -> queue.queue(tx, "invoice-mail:10001", invoice));
        drain();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage m = received[0];
        assertEquals("Ihre Rechnung 10001", m.getSubject());
        assertEquals("anna@example.org", m.getAllRecipients()[0].toString());
        assertEquals(org.catura.mail.api.QueuedMail.messageId("invoice-mail:10001"), m.getMessageID());
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertEquals(2, mixed.getCount());
        assertEquals("10001.pdf", mixed.getBodyPart(1).getFileName());
        assertTrue(GreenMailUtil.getBody(m).contains("Guten Tag"));
    }

    @Test
    void whatAMailIsAboutStaysInTheOutboxBesideItAndIsNotSent() throws Exception {
        db.inTransaction(tx -> queue.queue(tx, "ticket-escalation:7:1", MailMessage.plain("sabine@shop.example",
                "Overdue ticket #7", "Ticket #7 is overdue"), Map.of("ticketId", 7L)));
        String payload = database.text("select payload from catura_outbox");
        assertEquals(7, new ObjectMapper().readTree(payload).get("ticketId").asInt());
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> db.inTransaction(tx -> queue.queue(tx, "k", MailMessage.plain("a@b.example", "s", "t"),
                        Map.of("to", "c@d.example"))));
        assertTrue(clash.getMessage().contains("'to' is a field of the mail itself"), clash.getMessage());
        drain();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Overdue ticket #7", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("Ticket #7 is overdue"));
    }

    @Test
    void mailOfARolledBackTransactionIsNeverSent() {
        try {
            db.inTransaction(tx -> {
                queue.queue(tx, "shipped:303-1", MailMessage.plain("b@example.org", "Versandt", "Ihr Paket"));
                throw new IllegalStateException("station failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        drain();
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aMalformedPayloadIsRetriedThenParkedWithAClearError() {
        db.inTransaction(tx -> new OutboxStore().enqueue(tx, "mail", "broken-1", "{\"subject\": 5"));
        drain();
        String error = database.text("select last_error || '|' || parked from catura_outbox");
        assertTrue(error.startsWith("Queued mail is malformed"), error);
        assertTrue(error.endsWith("|true"), "parked after the allowed attempts: " + error);
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
