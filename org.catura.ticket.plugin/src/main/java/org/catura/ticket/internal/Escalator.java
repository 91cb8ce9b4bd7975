package org.catura.ticket.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.Outbox;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketPriority;

/**
 * Escalates overdue tickets to the supervisor: priority one step up, assigned to the
 * supervisor, a history line, and a mail in the outbox. A missed due date escalates once
 * (escalated_due_at remembers it); the outbox key per ticket and escalation keeps a repeated
 * or concurrent run from queuing a second mail.
 */
public final class Escalator {

    public static final String MAIL_TOPIC = "mail";
    private static final int BATCH = 100;

    private final Database database;
    private final Outbox outbox;
    private final TicketSettings settings;
    private final TicketStore tickets;
    private final ObjectMapper json = new ObjectMapper();

    public Escalator(Database database, Outbox outbox, TicketSettings settings) {
        this.database = database;
        this.outbox = outbox;
        this.settings = settings;
        this.tickets = new TicketStore(settings);
    }

    /** One look for overdue tickets; returns how many were escalated. */
    public int run() {
        return database.inTransaction(this::escalateDue);
    }

    private int escalateDue(Tx tx) {
        List<Ticket> due = Sql.query(tx, "select " + TicketStore.COLUMNS + """
                  from catura_ticket
                 where status <> 'CLOSED' and due_at < now()
                   and escalated_due_at is distinct from due_at
                 order by due_at, ticket_id limit ? for update skip locked""", TicketStore::ticket, BATCH);
        for (Ticket t : due) {
            escalate(tx, t);
        }
        return due.size();
    }

    private void escalate(Tx tx, Ticket t) {
        String supervisor = settings.supervisor();
        TicketPriority raised = t.priority().raised();
        int level = t.escalations() + 1;
        Sql.update(tx, """
                update catura_ticket set priority = ?, assignee = ?, escalations = ?, escalated_due_at = due_at,
                       updated_at = now()
                 where ticket_id = ?""", raised, supervisor, level, t.id());
        String why = "Overdue since " + t.dueAt() + ": escalated to " + supervisor
                + (level > 1 ? " (escalation " + level + ")" : "");
        tickets.action(tx, t.id(), QueueTickets.SYSTEM, TicketActionKind.ESCALATED, "priority",
                t.priority().name(), raised.name(), why);
        if (!supervisor.equals(t.assignee())) {
            tickets.action(tx, t.id(), QueueTickets.SYSTEM, TicketActionKind.ASSIGNED, "assignee", t.assignee(),
                    supervisor, "Escalation");
        }
        outbox.enqueue(tx, MAIL_TOPIC, "ticket-escalation:" + t.id() + ":" + level, mail(t, raised, level));
    }

    private String mail(Ticket t, TicketPriority raised, int level) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", settings.escalationRecipient());
        m.put("subject", "Overdue ticket #" + t.id() + " (" + t.type() + ", " + raised + "): " + t.summary());
        m.put("text", "Ticket #" + t.id() + " was due at " + t.dueAt() + " and is still " + t.status()
                + (t.assignee() == null ? ", unassigned" : ", assigned to " + t.assignee())
                + ". It is now assigned to you with priority " + raised + ".\n\n" + t.summary()
                + (t.detail() == null ? "" : "\n\n" + t.detail()));
        m.put("ticketId", t.id());
        m.put("orderId", t.orderId());
        m.put("escalation", level);
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Escalation mail of ticket " + t.id() + " could not be written", e);
        }
    }
}
