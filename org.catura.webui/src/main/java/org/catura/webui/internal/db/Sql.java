package org.catura.webui.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;

/** Small JDBC helpers for the web UI's own tables. */
public final class Sql {

    private Sql() {
    }

    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> query(Tx tx, String sql, Row<T> row, Object... params) {
        try (PreparedStatement st = prepare(tx.connection(), sql, params); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException("Web UI query failed: " + e.getMessage(), e);
        }
    }

    public static <T> Optional<T> one(Tx tx, String sql, Row<T> row, Object... params) {
        List<T> rows = query(tx, sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static int update(Tx tx, String sql, Object... params) {
        try (PreparedStatement st = prepare(tx.connection(), sql, params)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("Web UI update failed: " + e.getMessage(), e);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                st.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof Enum<?> e) {
                st.setString(i + 1, e.name());
            } else {
                st.setObject(i + 1, p);
            }
        }
        return st;
    }
}
