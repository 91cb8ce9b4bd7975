package org.catura.core.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link Database} on a JDBC data source: one connection per transaction. */
public final class JdbcDatabase implements Database {

    private final DataSource dataSource;

    public JdbcDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        ConnectionTx tx;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tx = new ConnectionTx(() -> connection, "catura-" + UUID.randomUUID());
            try {
                result = work.apply(tx);
                connection.commit();
            } catch (Throwable e) {
                rollback(connection, e);
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                if (e instanceof Error err) {
                    throw err;
                }
                throw new TransactionFailedException(e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Database error: " + e.getMessage(), e);
        }
        tx.committed();
        return result;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
