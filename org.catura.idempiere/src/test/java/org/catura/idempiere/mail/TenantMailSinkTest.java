package org.catura.idempiere.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.mail.api.MailMessage;
import org.catura.mail.api.MailQueue;
import org.catura.mail.api.QueuedMail;
import org.junit.jupiter.api.Test;

/** Catura's outbox mail inside iDempiere goes out with the node's tenant's SMTP settings. */
class TenantMailSinkTest {

    static final String PAYLOAD = "{\"to\":\"supervisor@shop.example\",\"subject\":\"Ticket 7 is overdue\","
            + "\"text\":\"Look at it\",\"html\":null,\"attachments\":[],\"ticketId\":7}";

    final List<String> sent = new ArrayList<>();

    @Test
    void aQueuedMailIsSentByTheNodesTenant() {
        TenantMailSink sink = new TenantMailSink(() -> 11, (client, mail) -> {
            sent.add(client + " " + mail.to() + " " + mail.subject());
            return null;
        });
        assertEquals(MailQueue.TOPIC, sink.topic());
        sink.deliver(new OutboxMessage(1, MailQueue.TOPIC, "escalation:7", PAYLOAD, 1));
        assertEquals(List.of("11 supervisor@shop.example Ticket 7 is overdue"),
                sent);
    }

    @Test
    void whatIdempiereAnswersInsteadOfOkFailsTheSendSoTheOutboxTriesAgain() {
        TenantMailSink sink = new TenantMailSink(() -> 11, (client, mail) -> "Could not connect to SMTP host");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sink.deliver(new OutboxMessage(1, MailQueue.TOPIC, "escalation:7", PAYLOAD, 1)));
        assertEquals("Mail 'Ticket 7 is overdue' to supervisor@shop.example not sent by tenant 11's SMTP (Tenant window):"
                + " Could not connect to SMTP host", e.getMessage());
    }

    @Test
    void withoutTheNodesTenantTheMailWaitsAndSaysWhatToSet() {
        TenantMailSink sink = new TenantMailSink(() -> 0, (client, mail) -> {
            throw new AssertionError("nothing is sent");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sink.deliver(new OutboxMessage(1, MailQueue.TOPIC, "escalation:7", PAYLOAD, 1)));
        assertTrue(e.getMessage().contains("set CATURA_CLIENT_ID (System)"), e.getMessage());
    }

    @Test
    void theMailIsReadAsTheMailQueueWroteIt() {
        MailMessage mail = QueuedMail.read(PAYLOAD);
        assertEquals(MailMessage.plain("supervisor@shop.example", "Ticket 7 is overdue", "Look at it"), mail);
    }
}
