package org.catura.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Statement;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.internal.process.CoreSchema;

/** A real PostgreSQL for a test class, with the core tables. */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Database database;

    public TestDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = new JdbcDatabase(postgres.getPostgresDatabase());
        CoreSchema.migrate(database);
    }

    public Database database() {
        return database;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Runs DDL or DML outside the process tables' API. */
    public void execute(String sql) {
        database.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    /** Empties the order process tables between tests sharing this database. */
    public void reset() {
        execute("truncate catura_order, catura_process, catura_process_event, catura_outbox, catura_order_customer, "
                + "catura_order_issue restart identity cascade");
    }

    public long count(String sql) {
        return database.inTransaction(tx -> {
            try (var st = tx.connection().createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
