package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;

/**
 * Thin JDBC helpers on the caller's transaction: bind, run, map. Never commits; a
 * {@link SQLException} becomes an {@link ErpException} naming what was being done.
 */
public final class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    public static <T> List<T> list(Tx tx, String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(tx.connection(), sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    public static <T> Optional<T> one(Tx tx, String sql, Row<T> row, Object... params) {
        List<T> rows = list(tx, sql, row, params);
        if (rows.size() > 1) {
            throw new ErpException("Expected at most one row, got " + rows.size() + " from: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A single number from an aggregate query; zero when the query yields null. */
    public static BigDecimal decimal(Tx tx, String sql, Object... params) {
        return one(tx, sql, rs -> rs.getBigDecimal(1), params).orElse(BigDecimal.ZERO);
    }

    public static int update(Tx tx, String sql, Object... params) {
        try (PreparedStatement ps = prepare(tx.connection(), sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs an INSERT … RETURNING <id> and gives the new id. */
    public static int insert(Tx tx, String sql, Object... params) {
        return one(tx, sql, rs -> rs.getInt(1), params)
                .orElseThrow(() -> new ErpException("Insert returned no id: " + sql));
    }

    /** iDempiere's Y/N flag. */
    public static String yn(boolean value) {
        return value ? "Y" : "N";
    }

    public static boolean flag(ResultSet rs, String column) throws SQLException {
        return "Y".equals(rs.getString(column));
    }

    /** A foreign key that iDempiere leaves null when unset; the port uses 0. */
    public static Integer idOrNull(int id) {
        return id > 0 ? id : null;
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static ErpException failed(String sql, SQLException e) {
        if ("22001".equals(e.getSQLState())) {
            return new ErpException("A value is longer than its ERP column allows: " + e.getMessage(), e);
        }
        String statement = sql.strip().replaceAll("\\s+", " ");
        if (statement.length() > 120) {
            statement = statement.substring(0, 120) + "…";
        }
        return new ErpException("Embedded ERP database error (" + e.getSQLState() + "): " + e.getMessage()
                + " [" + statement + "]", e);
    }
}
