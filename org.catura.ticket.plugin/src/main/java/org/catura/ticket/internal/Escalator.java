package org.catura.ticket.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.mail.api.MailMessage;
import org.catura.mail.api.MailQueue;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketPriority;

/**
 * Escalates overdue tickets to the supervisor of their type: priority one step up, assigned to the
 * supervisor, a history line, and a mail through the mail queue. A missed due date escalates
 * once (escalated_due_at remembers it); the mail's key per ticket and escalation keeps a
 * repeated or concurrent run from queuing a second mail. Tickets of a type whose CAT_TicketType
 * row is inactive or says IsEscalate 'N' never escalate (and are not even picked, so they never
 * crowd out the others of a batch); a type without a row escalates to the configured supervisor.
 */
public final class Escalator {

    private static final int BATCH = 100;

    private final Database database;
    private final MailQueue mail;
    private final TicketTypeTable types;
    private final TicketStore tickets;

    public Escalator(Database database, MailQueue mail, TicketSettings settings) {
        this.database = database;
        this.mail = mail;
        this.types = new TicketTypeTable(settings);
        this.tickets = new TicketStore(settings);
    }

    /** One look for overdue tickets; returns how many were escalated. */
    public int run() {
        return database.inTransaction(this::escalateDue);
    }

    private int escalateDue(Tx tx) {
        List<Ticket> due = Sql.query(tx, "select " + TicketStore.COLUMNS + """
                  from catura_ticket t
                 where status <> 'CLOSED' and due_at < now()
                   and escalated_due_at is distinct from due_at
                   and (select tt.IsActive = 'Y' and tt.IsEscalate = 'Y' from CAT_TicketType tt
                         where tt.AD_Client_ID in (0, ?) and tt.Value = t.type
                         order by tt.AD_Client_ID desc limit 1) is not false
                 order by due_at, ticket_id limit ? for update of t skip locked""", TicketStore::ticket,
                tx.clientId(), BATCH);
        for (Ticket t : due) {
            escalate(tx, t);
        }
        return due.size();
    }

    private void escalate(Tx tx, Ticket t) {
        String supervisor = types.supervisor(tx, t.type());
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
        mail.queue(tx, "ticket-escalation:" + t.id() + ":" + level, message(types.recipient(tx, t.type()), t, raised),
                about(t, level));
    }

    private static MailMessage message(String recipient, Ticket t, TicketPriority raised) {
        return MailMessage.plain(recipient,
                "Overdue ticket #" + t.id() + " (" + t.type() + ", " + raised + "): " + t.summary(),
                "Ticket #" + t.id() + " was due at " + t.dueAt() + " and is still " + t.status()
                        + (t.assignee() == null ? ", unassigned" : ", assigned to " + t.assignee())
                        + ". It is now assigned to you with priority " + raised + ".\n\n" + t.summary()
                        + (t.detail() == null ? "" : "\n\n" + t.detail()));
    }

    /** Beside the mail in the outbox, so a reader of the outbox sees which ticket it escalated. */
    private static Map<String, Object> about(Ticket t, int level) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("ticketId", t.id());
        about.put("orderId", t.orderId());
        about.put("escalation", level);
        return about;
    }
}
