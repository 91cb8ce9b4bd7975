package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketException;
import org.catura.ticket.api.TicketQuery;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Services;

/**
 * Tickets: list with filters (and, below it, the ticket types' due hours and escalation), detail
 * with history, comment, assign, status, close. Clerks take tickets for themselves and close their
 * own; supervisors also reassign and close others'.
 */
public final class TicketPages {

    public void list(Exchange ex) throws IOException {
        Services s = ex.services();
        TicketQuery q = query(ex);
        Map<String, Object> model = new HashMap<>();
        s.database().inTransaction(tx -> {
            model.put("tickets", s.tickets().find(tx, q));
            // What the ticket types set (CAT_TicketType), read-only: they are edited in iDempiere or by SQL.
            model.put("ticketTypes", s.tickets().types(tx));
            return null;
        });
        model.put("types", List.of(TicketType.values()).stream().map(Enum::name).toList());
        model.put("statuses", List.of(TicketStatus.values()).stream().map(Enum::name).toList());
        model.put("f", Map.of("type", q.type() == null ? "" : q.type().name(),
                "status", q.status() == null ? "" : q.status().name(), "assignee", OrderPages.nz(q.assignee()),
                "open", q.openOnly(), "overdue", q.overdueOnly()));
        model.put("now", java.time.Instant.now());
        ex.render("tickets.ftlh", model);
    }

    public void detail(Exchange ex) throws IOException {
        show(ex, ex.pathId(1), 200, null);
    }

    public void comment(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        change(ex, id, () -> ex.services().database().inTransaction(
                tx -> TicketRules.comment(ex, tx, id, ex.param("text"))), "Comment added.");
    }

    public void assign(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        String to = ex.param("assignee");
        change(ex, id, () -> ex.services().database().inTransaction(
                tx -> TicketRules.assign(ex, tx, id, to, ex.param("comment"))),
                to == null ? "Ticket unassigned." : "Ticket assigned to " + to + ".");
    }

    public void status(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        change(ex, id, () -> ex.services().database().inTransaction(
                tx -> TicketRules.changeStatus(ex, tx, id, ex.param("status"), ex.param("comment"))),
                "Status changed.");
    }

    public void close(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        change(ex, id, () -> ex.services().database().inTransaction(
                tx -> TicketRules.close(ex, tx, id, ex.param("comment"))), "Ticket closed.");
    }

    private void change(Exchange ex, long id, Runnable action, String done) throws IOException {
        try {
            action.run();
        } catch (TicketException e) {
            show(ex, id, 422, e.getMessage());
            return;
        }
        ex.redirect(ex.base() + "/tickets/" + id, done);
    }

    private void show(Exchange ex, long id, int status, String error) throws IOException {
        Services s = ex.services();
        Map<String, Object> model = new HashMap<>();
        s.database().inTransaction(tx -> {
            Ticket t = TicketRules.ticket(ex, tx, id);
            model.put("t", t);
            model.put("history", s.tickets().history(tx, id));
            return null;
        });
        Ticket t = (Ticket) model.get("t");
        model.put("users", s.users().list());
        model.put("statuses", List.of(TicketStatus.values()).stream().map(Enum::name).toList());
        model.put("own", ex.who().equals(t.assignee()));
        model.put("overdue", t.isOverdue(java.time.Instant.now()));
        if (error != null) {
            model.put("error", error);
        }
        ex.render(status, "ticket.ftlh", model);
    }

    public static TicketQuery query(Exchange ex) {
        TicketType type = null;
        TicketStatus status = null;
        try {
            type = ex.param("type") == null ? null : TicketType.valueOf(ex.param("type"));
            status = ex.param("status") == null ? null : TicketStatus.valueOf(ex.param("status"));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("Unknown ticket type or status: " + e.getMessage());
        }
        String assignee = ex.param("assignee");
        if ("me".equals(assignee)) {
            assignee = ex.who();
        }
        boolean open = ex.param("all") == null && status != TicketStatus.CLOSED;
        Long order = null;
        if (ex.param("order") != null) {
            try {
                order = Long.parseLong(ex.param("order"));
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("order must be an order number, was '" + ex.param("order") + "'.");
            }
        }
        return new TicketQuery(type, status, assignee, order, null, open, ex.param("overdue") != null, 500);
    }
}
