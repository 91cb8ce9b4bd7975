package org.catura.erp.adempiere.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.db.TransactionFailedException;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transaction contract of the ERP-backed Database, on real PostgreSQL: a JDBC transaction
 * stands in for the ERP's Trx (which needs a running ERP). Commit, rollback, after-commit and
 * close behave as in core's JdbcDatabase.
 */
class TransactionalDatabaseTest {

    private static TestDatabase postgres;
    private static DataSource ds;
    private final List<String> events = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();

    @BeforeAll
    static void start() throws SQLException {
        postgres = TestDatabase.empty();
        ds = postgres.dataSource();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        }
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @BeforeEach
    void clean() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM t");
        }
    }

    /** A JDBC transaction that records what the database did to it. */
    private final class JdbcTransaction implements ErpTransaction {
        private final Connection connection;
        private final String name = "trx-" + opened.incrementAndGet();
        private final boolean failCommit;

        JdbcTransaction(boolean failCommit) {
            this.failCommit = failCommit;
            try {
                connection = ds.getConnection();
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public void commit() throws Exception {
            if (failCommit) {
                throw new SQLException("could not serialize access");
            }
            connection.commit();
            events.add("commit " + name);
        }

        @Override
        public void rollback() {
            try {
                connection.rollback();
                events.add("rollback " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
                events.add("close " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TransactionalDatabase database(boolean failCommit) {
        return new TransactionalDatabase(() -> new JdbcTransaction(failCommit), new ConnectionDataSource(() -> {
            try {
                return ds.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static int rows() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void commitsOnReturnThenRunsAfterCommitActions() throws SQLException {
        String result = database(false).inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                s.execute("INSERT INTO t VALUES (1)");
            }
            tx.afterCommit(() -> events.add("after " + tx.name()));
            return tx.name();
        });
        assertEquals("trx-1", result);
        assertEquals(1, rows());
        assertEquals(List.of("commit trx-1", "close trx-1", "after trx-1"), events);
    }

    @Test
    void rollsBackOnExceptionAndDropsAfterCommitActions() throws SQLException {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> database(false).inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                s.execute("INSERT INTO t VALUES (1)");
            }
            tx.afterCommit(() -> events.add("after"));
            throw new IllegalStateException("station failed");
        }));
        assertEquals("station failed", e.getMessage());
        assertEquals(0, rows());
        assertEquals(List.of("rollback trx-1", "close trx-1"), events);
    }

    @Test
    void checkedExceptionsAreWrappedAfterRollback() throws SQLException {
        TransactionFailedException e = assertThrows(TransactionFailedException.class,
                () -> database(false).inTransaction(tx -> {
                    try (Statement s = tx.connection().createStatement()) {
                        s.execute("INSERT INTO t VALUES (1)");
                        s.execute("INSERT INTO t VALUES (1)");
                    }
                    return null;
                }));
        assertTrue(e.getCause() instanceof SQLException);
        assertEquals(0, rows());
        assertTrue(events.contains("rollback trx-1"));
    }

    @Test
    void aFailedCommitRollsBackAndSaysSo() throws SQLException {
        RuntimeException e = assertThrows(RuntimeException.class, () -> database(true).inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                s.execute("INSERT INTO t VALUES (1)");
            }
            tx.afterCommit(() -> events.add("after"));
            return null;
        }));
        assertTrue(e.getMessage().contains("Commit of transaction trx-1 failed: could not serialize access"),
                e.getMessage());
        assertEquals(0, rows());
        assertEquals(List.of("rollback trx-1", "close trx-1"), events);
    }

    @Test
    void aFailingAfterCommitActionDoesNotStopTheOthers() {
        database(false).inTransaction(tx -> {
            tx.afterCommit(() -> {
                throw new IllegalStateException("mail server down");
            });
            tx.afterCommit(() -> events.add("second"));
            return null;
        });
        assertTrue(events.contains("second"));
    }

    @Test
    void flywayMigratesThroughTheDataSourceAdapter() throws SQLException {
        TransactionalDatabase db = database(false);
        Migrations.migrate(db.dataSource(), "erptest", getClass().getClassLoader());
        Migrations.migrate(db.dataSource(), "erptest", getClass().getClassLoader());
        String note = db.inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT note FROM catura_probe WHERE id=1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals("migrated", note);
    }

    @Test
    void dataSourceAdapterReportsMissingConnectionsClearly() throws SQLException {
        ConnectionDataSource none = new ConnectionDataSource(() -> null);
        SQLException e = assertThrows(SQLException.class, none::getConnection);
        assertTrue(e.getMessage().contains("could not open a database connection"));
        ConnectionDataSource failing = new ConnectionDataSource(() -> {
            throw new IllegalStateException("DB not connected");
        });
        assertTrue(assertThrows(SQLException.class, failing::getConnection).getMessage().contains("DB not connected"));
        assertThrows(SQLException.class, () -> none.getConnection("u", "p"));
        assertSame(none, none.unwrap(DataSource.class));
        assertTrue(none.isWrapperFor(ConnectionDataSource.class));
    }
}
