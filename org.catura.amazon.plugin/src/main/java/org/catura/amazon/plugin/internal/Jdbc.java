package org.catura.amazon.plugin.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.DatabaseException;

/** Small JDBC helpers for the plugin's own tables: instants as timestamptz, enums by name. */
final class Jdbc {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) {
        List<T> all = list(c, sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Amazon plugin tables: " + e.getMessage(), e);
        }
    }

    static int update(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("Amazon plugin tables: " + e.getMessage(), e);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant t) {
                ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else if (a instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (a instanceof TypedNull n) {
                ps.setNull(i + 1, n.sqlType());
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** A null whose SQL type PostgreSQL must know (inside functions such as least()). */
    record TypedNull(int sqlType) {
        static final TypedNull TIMESTAMP = new TypedNull(Types.TIMESTAMP_WITH_TIMEZONE);
        static final TypedNull TEXT = new TypedNull(Types.VARCHAR);
    }

    static Object ts(Instant t) {
        return t == null ? TypedNull.TIMESTAMP : t;
    }

    static Object text(String s) {
        return s == null ? TypedNull.TEXT : s;
    }
}
