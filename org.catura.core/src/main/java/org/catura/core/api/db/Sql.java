package org.catura.core.api.db;

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

/**
 * The small JDBC helpers the plugins share for their own tables. Parameters: an {@link Instant}
 * is bound as timestamptz, an enum as its name, a {@link TypedNull} as a null of its type; SQL
 * errors become {@link DatabaseException}s naming the statement.
 */
public final class Sql {

    private Sql() {
    }

    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A null whose SQL type PostgreSQL must be told (an untyped null inside least() or coalesce() is not enough). */
    public record TypedNull(int sqlType) {
        public static final TypedNull TEXT = new TypedNull(Types.VARCHAR);
        public static final TypedNull TIMESTAMP = new TypedNull(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    public static Object text(String s) {
        return s == null ? TypedNull.TEXT : s;
    }

    public static Object timestamp(Instant t) {
        return t == null ? TypedNull.TIMESTAMP : t;
    }

    public static int update(Tx tx, String sql, Object... params) {
        return update(tx.connection(), sql, params);
    }

    public static <T> List<T> query(Tx tx, String sql, Row<T> row, Object... params) {
        return query(tx.connection(), sql, row, params);
    }

    public static <T> Optional<T> one(Tx tx, String sql, Row<T> row, Object... params) {
        return one(tx.connection(), sql, row, params);
    }

    public static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The first row, if any; a row mapped to null is no row. */
    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) {
        List<T> rows = query(c, sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A PostgreSQL array parameter ({@code = any (?)}) of {@code type}, e.g. "bigint", "varchar", "text". */
    public static java.sql.Array array(Tx tx, String type, Object[] values) {
        try {
            return tx.connection().createArrayOf(type, values);
        } catch (SQLException e) {
            throw new DatabaseException("Could not pass " + values.length + " values as " + type + "[]: "
                    + e.getMessage(), e);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long longValue(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static DatabaseException failed(String sql, SQLException e) {
        String statement = sql.strip().replaceAll("\\s+", " ");
        if (statement.length() > 80) {
            statement = statement.substring(0, 80) + "…";
        }
        return new DatabaseException(e.getMessage() + " (in: " + statement + ")", e);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof TypedNull n) {
                ps.setNull(i + 1, n.sqlType());
            } else if (p instanceof Instant t) {
                ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }
}
