package org.catura.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.TicketTypeSetting;

/**
 * CAT_TicketType, read in the caller's transaction every time, so a due time or escalation
 * changed in a window applies to the next ticket. A type without a row falls back to the
 * deprecated due hours and supervisor of {@link TicketSettings} (configuration PID org.catura.ticket).
 */
final class TicketTypeTable {

    /** System (AD_Client_ID 0): the migration's rows, which every tenant has unless it has its own of the type. */
    static final int SYSTEM = 0;

    /** The row that decides for the tenant: its own of the type, else System's. */
    static final String EFFECTIVE = " where AD_Client_ID in (0, ?) and Value = ? order by AD_Client_ID desc limit 1";

    private static final String COLUMNS = """
            Value, Name, DueHours, Supervisor, SupervisorEMail, IsEscalate = 'Y', IsActive = 'Y', ChangedBy""";

    private final TicketSettings fallback;

    TicketTypeTable(TicketSettings fallback) {
        this.fallback = fallback;
    }

    Optional<TicketTypeSetting> find(Tx tx, TicketType type) {
        return Sql.one(tx, "select " + COLUMNS + " from CAT_TicketType" + EFFECTIVE, TicketTypeTable::row,
                tx.clientId(), type.name());
    }

    /** The rows of the known types, in the order of {@link TicketType}; unknown values are left out. */
    List<TicketTypeSetting> list(Tx tx) {
        return Sql.query(tx, "select distinct on (Value) " + COLUMNS
                + " from CAT_TicketType where AD_Client_ID in (0, ?) order by Value, AD_Client_ID desc",
                TicketTypeTable::row, tx.clientId()).stream().filter(r -> r.type() != null)
                .sorted(java.util.Comparator.comparing(TicketTypeSetting::type)).toList();
    }

    /** How long a new ticket of this type has: its row's DueHours, else the configured hours. */
    Duration dueAfter(Tx tx, TicketType type) {
        return find(tx, type).map(TicketTypeSetting::dueAfter).orElseGet(() -> fallback.dueAfter(type));
    }

    /** Whether an overdue ticket of this type escalates: no row escalates, as before the table. */
    boolean escalates(Tx tx, TicketType type) {
        return find(tx, type).map(TicketTypeSetting::escalates).orElse(true);
    }

    String supervisor(Tx tx, TicketType type) {
        return find(tx, type).map(r -> r.supervisorOr(fallback.supervisor())).orElseGet(fallback::supervisor);
    }

    String recipient(Tx tx, TicketType type) {
        return find(tx, type).map(r -> r.recipientOr(fallback.supervisor()))
                .orElseGet(fallback::escalationRecipient);
    }

    private static TicketTypeSetting row(ResultSet rs) throws SQLException {
        return new TicketTypeSetting(type(rs.getString(1)), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8));
    }

    /** A Value typed in a window that names no type is no type (null), not an error for the others. */
    private static TicketType type(String value) {
        try {
            return TicketType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
