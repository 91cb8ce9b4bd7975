package org.catura.core.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link Database} on a JDBC data source: one connection per transaction. */
public final class JdbcDatabase implements Database {

    private final DataSource dataSource;
    private final int clientId;

    /** For the standalone runtime's tenant ({@link Tx#STANDALONE_CLIENT_ID}). */
    public JdbcDatabase(DataSource dataSource) {
        this(dataSource, Tx.STANDALONE_CLIENT_ID);
    }

    /** @param clientId the node's tenant: that of transactions that name none */
    public JdbcDatabase(DataSource dataSource, int clientId) {
        this.dataSource = dataSource;
        this.clientId = clientId;
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        return inTransaction(clientId, work);
    }

    @Override
    public <T> T inTransaction(int clientId, TxWork<T> work) {
        ConnectionTx tx;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tx = new ConnectionTx(() -> connection, "catura-" + UUID.randomUUID(), clientId);
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
