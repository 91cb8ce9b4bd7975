package org.catura.webui.internal.pages;

import org.catura.core.api.db.Tx;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketException;
import org.catura.ticket.api.TicketStatus;
import org.catura.webui.api.Role;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;

/**
 * Who may do what to a ticket, the same for the pages and the REST API: clerks take unassigned
 * tickets and change or close their own; supervisors assign to anyone and change any ticket.
 */
public final class TicketRules {

    private TicketRules() {
    }

    public static Ticket comment(Exchange ex, Tx tx, long id, String text) {
        if (text == null || text.isBlank()) {
            throw new TicketException("The comment is empty.");
        }
        ticket(ex, tx, id);
        return ex.services().tickets().comment(tx, id, ex.who(), text);
    }

    /** Assigns to {@code to} (null: nobody). */
    public static Ticket assign(Exchange ex, Tx tx, long id, String to, String comment) {
        Ticket t = ticket(ex, tx, id);
        if (!ex.can(Role.SUPERVISOR)) {
            if (to != null && !to.equals(ex.who())) {
                throw new HttpError(403, "Only a supervisor assigns tickets to others; you may take it yourself.");
            }
            if (t.assignee() != null && !t.assignee().equals(ex.who())) {
                throw new HttpError(403, "Ticket " + id + " is assigned to " + t.assignee()
                        + "; only a supervisor reassigns it.");
            }
        }
        if (to != null && ex.services().users().find(to).isEmpty()) {
            throw new TicketException("There is no user '" + to + "'.");
        }
        return ex.services().tickets().assign(tx, id, to, ex.who(), comment);
    }

    /** Changes the status by its name; CLOSED closes the ticket. */
    public static Ticket changeStatus(Exchange ex, Tx tx, long id, String statusName, String comment) {
        Ticket t = ticket(ex, tx, id);
        requireOwnOrSupervisor(ex, t, "change the status of");
        TicketStatus status;
        try {
            status = TicketStatus.valueOf(statusName == null ? "" : statusName);
        } catch (IllegalArgumentException e) {
            throw new TicketException("Unknown status '" + statusName + "'.");
        }
        return status == TicketStatus.CLOSED ? ex.services().tickets().close(tx, id, ex.who(), comment)
                : ex.services().tickets().changeStatus(tx, id, status, ex.who(), comment);
    }

    public static Ticket close(Exchange ex, Tx tx, long id, String comment) {
        requireOwnOrSupervisor(ex, ticket(ex, tx, id), "close");
        return ex.services().tickets().close(tx, id, ex.who(), comment);
    }

    static Ticket ticket(Exchange ex, Tx tx, long id) {
        return ex.services().tickets().get(tx, id).orElseThrow(() -> HttpError.notFound("Ticket " + id));
    }

    private static void requireOwnOrSupervisor(Exchange ex, Ticket t, String what) {
        if (!ex.can(Role.SUPERVISOR) && !ex.who().equals(t.assignee())) {
            throw new HttpError(403, "Only a supervisor may " + what + " a ticket assigned to "
                    + (t.assignee() == null ? "nobody" : t.assignee()) + "; take it first.");
        }
    }
}
