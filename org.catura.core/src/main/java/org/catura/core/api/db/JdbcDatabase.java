package org.catura.core.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Database} on a JDBC data source: one connection per transaction. */
public final class JdbcDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);

    private final DataSource dataSource;

    public JdbcDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        JdbcTx tx;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tx = new JdbcTx(connection);
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

    private static final class JdbcTx implements Tx {
        private final Connection connection;
        private final String name = "catura-" + UUID.randomUUID();
        private final List<Runnable> afterCommit = new ArrayList<>();

        JdbcTx(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }

        void committed() {
            for (Runnable action : afterCommit) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.warn("After-commit action failed: {}", e.getMessage(), e);
                }
            }
        }
    }
}
