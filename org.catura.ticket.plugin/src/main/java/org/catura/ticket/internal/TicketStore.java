package org.catura.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.Sql;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketAction;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketException;
import org.catura.ticket.api.TicketOpened;
import org.catura.ticket.api.TicketPriority;
import org.catura.ticket.api.TicketQuery;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.Tickets;

/**
 * {@link Tickets} on catura_ticket and catura_ticket_action; a new ticket's due time from its type's
 * row in CAT_TicketType ({@link TicketTypeTable}). Stateless apart from the fallback settings.
 */
public class TicketStore implements Tickets {

    static final String COLUMNS = """
            ticket_id, type, status, priority, summary, detail, order_id, bpartner_id, assignee, due_at, created_at,
            created_by, updated_at, closed_at, escalations""";

    private final TicketTypeTable types;
    private final TicketObservers observers;

    /** @param settings the deprecated fallbacks for a type without a row in CAT_TicketType */
    public TicketStore(TicketSettings settings) {
        this(settings, new TicketObservers());
    }

    /** Telling {@code observers} of each ticket opened and closed, after commit. */
    public TicketStore(TicketSettings settings, TicketObservers observers) {
        this.types = new TicketTypeTable(Objects.requireNonNull(settings, "settings"));
        this.observers = Objects.requireNonNull(observers, "observers");
    }

    TicketObservers observers() {
        return observers;
    }

    @Override
    public TicketOpened open(Tx tx, TicketDraft draft, String who) {
        String by = person(who, "open a ticket");
        if (draft == null || draft.type() == null) {
            throw new TicketException("A ticket needs a type (one of " + List.of(TicketType.values()) + ")");
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            throw new TicketException("A " + draft.type() + " ticket needs a summary");
        }
        String summary = clip(draft.summary().strip(), 500);
        TicketPriority priority = draft.priority() != null ? draft.priority() : draft.type().defaultPriority();
        double dueSeconds = types.dueAfter(tx, draft.type()).toMillis() / 1000.0;
        Object dueAt = draft.dueAt() != null ? draft.dueAt() : Sql.TypedNull.TIMESTAMP;
        Object assignee = blankToNull(draft.assignee()) != null ? draft.assignee().strip() : Sql.TypedNull.TEXT;
        Object detail = draft.detail() != null ? draft.detail() : Sql.TypedNull.TEXT;
        String insert = """
                insert into catura_ticket (type, priority, summary, detail, order_id, bpartner_id, assignee, due_at,
                                           created_by)
                values (?, ?, ?, ?, ?, ?, ?, coalesce(?, now() + make_interval(secs => ?)), ?)""";
        Optional<Long> id;
        if (draft.orderId() != null) {
            // Exactly one open ticket per order and type: a second opener, on any node, finds the conflict.
            id = Sql.one(tx, insert + """
                     on conflict (order_id, type) where status <> 'CLOSED' and order_id is not null do nothing
                    returning ticket_id""", rs -> rs.getLong(1), draft.type(), priority, summary, detail,
                    draft.orderId(), bpartner(draft.bpartnerId()), assignee, dueAt, dueSeconds, by);
            if (id.isEmpty()) {
                Ticket existing = openTicket(tx, draft.orderId(), draft.type()).orElseThrow(() -> new TicketException(
                        "Order " + draft.orderId() + " has an open " + draft.type() + " ticket being written; try again"));
                return new TicketOpened(existing, false);
            }
        } else {
            id = Sql.one(tx, insert + " returning ticket_id", rs -> rs.getLong(1), draft.type(), priority, summary,
                    detail, new Sql.TypedNull(java.sql.Types.BIGINT),
                    bpartner(draft.bpartnerId()), assignee, dueAt, dueSeconds, by);
        }
        long ticketId = id.orElseThrow();
        action(tx, ticketId, by, TicketActionKind.OPENED, null, null, summary, draft.detail());
        Ticket opened = require(tx, ticketId);
        observers.opened(tx, opened);
        return new TicketOpened(opened, true);
    }

    @Override
    public List<org.catura.ticket.api.TicketTypeSetting> types(Tx tx) {
        return types.list(tx);
    }

    @Override
    public Optional<Ticket> get(Tx tx, long ticketId) {
        return Sql.one(tx, "select " + COLUMNS + " from catura_ticket where ticket_id = ?", TicketStore::ticket,
                ticketId);
    }

    @Override
    public Optional<Ticket> openTicket(Tx tx, long orderId, TicketType type) {
        return Sql.one(tx, "select " + COLUMNS + " from catura_ticket where order_id = ? and type = ?"
                + " and status <> 'CLOSED'", TicketStore::ticket, orderId, type);
    }

    /** The open tickets of an order, oldest first. */
    List<Ticket> openTickets(Tx tx, long orderId) {
        return Sql.query(tx, "select " + COLUMNS + " from catura_ticket where order_id = ? and status <> 'CLOSED'"
                + " order by ticket_id for update", TicketStore::ticket, orderId);
    }

    @Override
    public List<Ticket> find(Tx tx, TicketQuery q) {
        if (q == null) {
            throw new TicketException("Say which tickets to list (a TicketQuery)");
        }
        if (q.limit() < 1) {
            throw new TicketException("The ticket list limit must be at least 1, was " + q.limit());
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from catura_ticket where true");
        List<Object> params = new ArrayList<>();
        if (q.type() != null) {
            sql.append(" and type = ?");
            params.add(q.type());
        }
        if (q.status() != null) {
            sql.append(" and status = ?");
            params.add(q.status());
        }
        if (q.assignee() != null) {
            sql.append(" and assignee = ?");
            params.add(q.assignee());
        }
        if (q.orderId() != null) {
            sql.append(" and order_id = ?");
            params.add(q.orderId());
        }
        if (q.bpartnerId() != null) {
            sql.append(" and bpartner_id = ?");
            params.add(q.bpartnerId());
        }
        if (q.openOnly() || q.overdueOnly()) {
            sql.append(" and status <> 'CLOSED'");
        }
        if (q.overdueOnly()) {
            sql.append(" and due_at < now()");
        }
        sql.append(" order by ticket_id desc limit ?");
        params.add(q.limit());
        return Sql.query(tx, sql.toString(), TicketStore::ticket, params.toArray());
    }

    @Override
    public List<TicketAction> history(Tx tx, long ticketId) {
        return Sql.query(tx, """
                select action_id, ticket_id, at, who, kind, field, old_value, new_value, comment
                  from catura_ticket_action where ticket_id = ? order by action_id""",
                rs -> new TicketAction(rs.getLong("action_id"), rs.getLong("ticket_id"), Sql.instant(rs, "at"),
                        rs.getString("who"), TicketActionKind.valueOf(rs.getString("kind")), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("comment")), ticketId);
    }

    @Override
    public Ticket comment(Tx tx, long ticketId, String who, String text) {
        String by = person(who, "comment");
        if (text == null || text.isBlank()) {
            throw new TicketException("A comment on ticket " + ticketId + " needs some text");
        }
        lockOpen(tx, ticketId, "comment on");
        action(tx, ticketId, by, TicketActionKind.COMMENT, null, null, null, text.strip());
        touch(tx, ticketId);
        return require(tx, ticketId);
    }

    @Override
    public Ticket assign(Tx tx, long ticketId, String assignee, String who, String comment) {
        String by = person(who, "assign a ticket");
        Ticket t = lockOpen(tx, ticketId, "assign");
        String to = blankToNull(assignee) == null ? null : assignee.strip();
        if (!Objects.equals(t.assignee(), to)) {
            Sql.update(tx, "update catura_ticket set assignee = ?, updated_at = now() where ticket_id = ?",
                    to == null ? Sql.TypedNull.TEXT : to, ticketId);
            action(tx, ticketId, by, TicketActionKind.ASSIGNED, "assignee", t.assignee(), to, comment);
        }
        return require(tx, ticketId);
    }

    @Override
    public Ticket changeStatus(Tx tx, long ticketId, TicketStatus status, String who, String comment) {
        String by = person(who, "change a ticket's status");
        if (status == null) {
            throw new TicketException("Say which status ticket " + ticketId + " gets");
        }
        if (status == TicketStatus.CLOSED) {
            return close(tx, ticketId, by, comment);
        }
        Ticket t = lockOpen(tx, ticketId, "change the status of");
        if (t.status() != status) {
            Sql.update(tx, "update catura_ticket set status = ?, updated_at = now() where ticket_id = ?", status,
                    ticketId);
            action(tx, ticketId, by, TicketActionKind.STATUS, "status", t.status().name(), status.name(), comment);
        }
        return require(tx, ticketId);
    }

    @Override
    public Ticket changePriority(Tx tx, long ticketId, TicketPriority priority, String who, String comment) {
        String by = person(who, "change a ticket's priority");
        if (priority == null) {
            throw new TicketException("Say which priority ticket " + ticketId + " gets");
        }
        Ticket t = lockOpen(tx, ticketId, "change the priority of");
        if (t.priority() != priority) {
            Sql.update(tx, "update catura_ticket set priority = ?, updated_at = now() where ticket_id = ?",
                    priority, ticketId);
            action(tx, ticketId, by, TicketActionKind.PRIORITY, "priority", t.priority().name(), priority.name(),
                    comment);
        }
        return require(tx, ticketId);
    }

    @Override
    public Ticket changeDueDate(Tx tx, long ticketId, Instant dueAt, String who, String comment) {
        String by = person(who, "change a ticket's due date");
        if (dueAt == null) {
            throw new TicketException("Say which due date ticket " + ticketId + " gets");
        }
        Ticket t = lockOpen(tx, ticketId, "change the due date of");
        if (!dueAt.equals(t.dueAt())) {
            Sql.update(tx, "update catura_ticket set due_at = ?, updated_at = now() where ticket_id = ?", dueAt,
                    ticketId);
            action(tx, ticketId, by, TicketActionKind.DUE_DATE, "due date", str(t.dueAt()), dueAt.toString(),
                    comment);
        }
        return require(tx, ticketId);
    }

    @Override
    public Ticket close(Tx tx, long ticketId, String who, String comment) {
        String by = person(who, "close a ticket");
        Ticket t = lockOpen(tx, ticketId, "close");
        closeLocked(tx, t, by, comment);
        return require(tx, ticketId);
    }

    /** Closes a ticket already locked and known to be open. */
    void closeLocked(Tx tx, Ticket t, String who, String comment) {
        Sql.update(tx, """
                update catura_ticket set status = 'CLOSED', closed_at = now(), updated_at = now()
                 where ticket_id = ?""", t.id());
        action(tx, t.id(), who, TicketActionKind.CLOSED, "status", t.status().name(), TicketStatus.CLOSED.name(),
                comment);
        if (observers.any()) {
            observers.closed(tx, require(tx, t.id()));
        }
    }

    /** Moves the ticket to another business partner (the clerk chose another customer). */
    void changeBusinessPartner(Tx tx, long ticketId, int bpartnerId) {
        Sql.update(tx, "update catura_ticket set bpartner_id = ?, updated_at = now() where ticket_id = ?",
                bpartnerId, ticketId);
    }

    void action(Tx tx, long ticketId, String who, TicketActionKind kind, String field, String oldValue,
            String newValue, String comment) {
        Sql.update(tx, """
                insert into catura_ticket_action (ticket_id, who, kind, field, old_value, new_value, comment)
                values (?, ?, ?, ?, ?, ?, ?)""", ticketId, who, kind, text(field), text(oldValue), text(newValue),
                text(blankToNull(comment)));
    }

    Ticket require(Tx tx, long ticketId) {
        return get(tx, ticketId).orElseThrow(() -> new TicketException("There is no ticket " + ticketId));
    }

    /** Locks the ticket row; refuses a missing or closed ticket. */
    Ticket lockOpen(Tx tx, long ticketId, String what) {
        Ticket t = Sql.one(tx, "select " + COLUMNS + " from catura_ticket where ticket_id = ? for update",
                TicketStore::ticket, ticketId).orElseThrow(() -> new TicketException("There is no ticket " + ticketId));
        if (!t.isOpen()) {
            throw new TicketException("Ticket " + ticketId + " was closed at " + t.closedAt() + "; cannot " + what
                    + " a closed ticket");
        }
        return t;
    }

    private void touch(Tx tx, long ticketId) {
        Sql.update(tx, "update catura_ticket set updated_at = now() where ticket_id = ?", ticketId);
    }

    static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getLong("ticket_id"), TicketType.valueOf(rs.getString("type")),
                TicketStatus.valueOf(rs.getString("status")), TicketPriority.valueOf(rs.getString("priority")),
                rs.getString("summary"), rs.getString("detail"), Sql.longValue(rs, "order_id"),
                Sql.integer(rs, "bpartner_id"), rs.getString("assignee"), Sql.instant(rs, "due_at"),
                Sql.instant(rs, "created_at"), rs.getString("created_by"), Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "closed_at"), rs.getInt("escalations"));
    }

    /** The acting person's name, required for every change so the history says who. */
    static String person(String who, String what) {
        if (who == null || who.isBlank()) {
            throw new TicketException("Say who wants to " + what + " (a user name)");
        }
        String name = who.strip();
        if (name.length() > 120) {
            throw new TicketException("User name too long (" + name.length() + " characters, at most 120)");
        }
        return name;
    }

    private static Object bpartner(Integer id) {
        return id == null ? new Sql.TypedNull(java.sql.Types.INTEGER) : id;
    }

    private static Object text(String s) {
        return s == null ? Sql.TypedNull.TEXT : s;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
