package org.catura.ticket.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;

/** Small JDBC helpers; SQL errors become {@link DatabaseException}s naming what was being done. */
final class Sql {

    /** A typed SQL null, for parameters whose Java value is null. */
    record Null(int sqlType) {
    }

    static final Null NULL_TEXT = new Null(Types.VARCHAR);
    static final Null NULL_TIME = new Null(Types.TIMESTAMP_WITH_TIMEZONE);

    private Sql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Tx tx, String sql, Object... params) {
        try (PreparedStatement ps = prepare(tx.connection(), sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    static <T> List<T> query(Tx tx, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(tx.connection(), sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    static <T> Optional<T> one(Tx tx, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(tx, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longValue(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static DatabaseException failed(String sql, SQLException e) {
        String what = sql.strip().split("\\s+", 4).length > 2 ? sql.strip().replaceAll("\\s+", " ") : sql;
        if (what.length() > 80) {
            what = what.substring(0, 80) + "…";
        }
        return new DatabaseException("Ticket tables: " + e.getMessage() + " (in: " + what + ")", e);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Null n) {
                ps.setNull(i + 1, n.sqlType());
            } else if (p instanceof Instant inst) {
                ps.setTimestamp(i + 1, Timestamp.from(inst));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }
}
