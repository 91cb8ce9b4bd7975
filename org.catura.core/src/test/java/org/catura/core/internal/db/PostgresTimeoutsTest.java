package org.catura.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.db.Sql;
import org.catura.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query that hangs (a lock never released, a server that stops answering) is cut off by the
 * pool's statement or socket timeout: the worker gets an error and goes on instead of waiting forever.
 */
class PostgresTimeoutsTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aHungQueryIsCutOffByTheStatementTimeout() {
        try (HikariDataSource pool = PostgresDatabase.open(db.jdbcUrl(), "postgres", "", 2,
                new PostgresDatabase.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1)))) {
            JdbcDatabase database = new JdbcDatabase(pool);
            DatabaseException cut = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                    DatabaseException.class, () -> database.inTransaction(tx -> Sql.one(tx, "select pg_sleep(30)",
                            rs -> 1))));
            assertTrue(cut.getMessage().contains("statement timeout"), cut.getMessage());
            // The connection is fine afterwards: the timeout ended the statement, not the session.
            assertTrue(database.inTransaction(tx -> Sql.one(tx, "select 1", rs -> rs.getInt(1))).isPresent());
        }
    }

    @Test
    void aServerThatStopsAnsweringIsCutOffByTheSocketTimeout() throws Exception {
        try (HikariDataSource pool = PostgresDatabase.open(db.jdbcUrl(), "postgres", "", 1,
                new PostgresDatabase.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ZERO))) {
            JdbcDatabase database = new JdbcDatabase(pool);
            long backend = database.inTransaction(tx -> Sql.one(tx, "select pg_backend_pid()", rs -> rs.getLong(1)))
                    .orElseThrow();
            // The server process serving the pool's one connection freezes, as a host behind a dead link.
            signal("STOP", backend);
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(DatabaseException.class,
                        () -> database.inTransaction(tx -> Sql.one(tx, "select 1", rs -> 1))));
            } finally {
                signal("CONT", backend);
            }
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + pid + " failed");
        }
    }
}
