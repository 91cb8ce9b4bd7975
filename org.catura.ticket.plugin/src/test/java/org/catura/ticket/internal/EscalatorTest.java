package org.catura.ticket.internal;

import org.catura.core.api.db.Sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.catura.mail.internal.MailQueueComponent;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketAction;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketPriority;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.Test;

class EscalatorTest extends TicketTestBase {

    Escalator escalator() {
        return new Escalator(db, new MailQueueComponent(outbox), settings);
    }

    long overdueTicket() {
        long orderId = queuedOrder();
        watcher().run();
        long id = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow().id();
        tx(x -> tickets.assign(x, id, "anna", "anna", null));
        tx(x -> tickets.changeDueDate(x, id, Instant.now().minus(1, ChronoUnit.HOURS), "anna", "should be done"));
        return id;
    }

    @Test
    void anOverdueTicketEscalatesToTheSupervisorWithOneMailEvenWhenRunTwice() throws Exception {
        long id = overdueTicket();

        assertEquals(1, escalator().run());
        assertEquals(0, escalator().run(), "a missed due date escalates once");

        Ticket t = tx(x -> tickets.get(x, id)).orElseThrow();
        assertEquals(TicketPriority.HIGH, t.priority(), "MEDIUM raised one step");
        assertEquals("sabine", t.assignee());
        assertEquals(1, t.escalations());
        List<TicketAction> h = tx(x -> tickets.history(x, id));
        TicketAction esc = h.stream().filter(a -> a.kind() == TicketActionKind.ESCALATED).findFirst().orElseThrow();
        assertEquals("MEDIUM", esc.oldValue());
        assertEquals("HIGH", esc.newValue());
        assertTrue(esc.comment().startsWith("Overdue since "), esc.comment());
        TicketAction assigned = h.get(h.size() - 1);
        assertEquals(TicketActionKind.ASSIGNED, assigned.kind());
        assertEquals("anna", assigned.oldValue());
        assertEquals("sabine", assigned.newValue());

        assertEquals(1, count("select count(*) from catura_outbox where topic = 'mail'"));
        String key = tx(x -> Sql.one(x, "select idempotency_key from catura_outbox", rs -> rs.getString(1)))
                .orElseThrow();
        assertEquals("ticket-escalation:" + id + ":1", key);
        JsonNode mail = new ObjectMapper().readTree(tx(x -> Sql.one(x, "select payload from catura_outbox",
                rs -> rs.getString(1))).orElseThrow());
        assertEquals("sabine@shop.example", mail.get("to").asText());
        assertEquals(id, mail.get("ticketId").asLong());
        assertTrue(mail.get("subject").asText().contains("Overdue ticket #" + id), mail.get("subject").asText());
        assertTrue(mail.get("text").asText().contains("It is now assigned to you with priority HIGH."),
                mail.get("text").asText());
        assertEquals(1, mail.get("escalation").asInt());
    }

    @Test
    void twoEscalatorsAtOnceQueueOneMail() throws Exception {
        long id = overdueTicket();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> { start.await(10, TimeUnit.SECONDS); return escalator().run(); });
            Future<Integer> b = pool.submit(() -> { start.await(10, TimeUnit.SECONDS); return escalator().run(); });
            assertEquals(1, a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from catura_outbox"));
        assertEquals(1, count("select count(*) from catura_ticket_action where kind = 'ESCALATED' and ticket_id = ?", id));
    }

    @Test
    void aTicketNotYetDueOrClosedIsLeftAlone() {
        long orderId = queuedOrder();
        watcher().run();
        Ticket open = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow();
        Ticket other = tx(x -> tickets.open(x, new TicketDraft(TicketType.OTHER, "Check the returns shelf", null, null,
                null, TicketPriority.LOW, Instant.now().minus(1, ChronoUnit.DAYS), null), "ben")).ticket();
        tx(x -> tickets.close(x, other.id(), "ben", "done"));

        assertEquals(0, escalator().run());
        assertEquals(TicketPriority.MEDIUM, tx(x -> tickets.get(x, open.id())).orElseThrow().priority());
        assertEquals(0, count("select count(*) from catura_outbox"));
    }

    @Test
    void aNewDueDateMissedAgainEscalatesAgainWithItsOwnMail() {
        long id = overdueTicket();
        escalator().run();
        tx(x -> tickets.changeDueDate(x, id, Instant.now().minus(1, ChronoUnit.MINUTES), "sabine", "one more try"));

        assertEquals(1, escalator().run());
        Ticket t = tx(x -> tickets.get(x, id)).orElseThrow();
        assertEquals(TicketPriority.URGENT, t.priority());
        assertEquals(2, t.escalations());
        assertEquals(2, count("select count(*) from catura_outbox where idempotency_key like ?",
                "ticket-escalation:" + id + ":%"));
        assertEquals(0, escalator().run());
    }
}
