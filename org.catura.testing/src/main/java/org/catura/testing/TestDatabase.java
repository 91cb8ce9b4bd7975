package org.catura.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.db.TxWork;
import org.catura.core.internal.process.CoreSchema;

/**
 * A database of its own for a test class, on the one embedded PostgreSQL this JVM starts. Each
 * instance is a fresh copy of a template ({@code create database … template …}), so classes never
 * see each other's rows and the migrations run once per JVM instead of once per class. Close it
 * to drop the database; the server stops with the JVM.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String BARE = "bare";
    private static final String CORE = "core";
    /** Copies the template's files at once instead of writing every page to the WAL: quicker here. */
    private static final String COPY = " strategy = file_copy";

    private final String name;
    private final String template;
    private final DataSource dataSource;
    private final Database database;

    private TestDatabase(String name, String template) {
        this.name = name;
        this.template = template;
        this.dataSource = Server.INSTANCE.postgres.getDatabase("postgres", name);
        this.database = new JdbcDatabase(dataSource);
    }

    /** With core's tables (the order process, outbox, rules, Quartz). */
    public static TestDatabase create() {
        return fromTemplate(CORE, CoreSchema::migrate);
    }

    /**
     * With core's tables and then each module's Flyway migrations, from {@code db/migration/<module>}
     * on the test class path, in the order given (as {@link Migrations} runs them in the bundle).
     */
    public static TestDatabase create(String... modules) {
        if (modules.length == 0) {
            return create();
        }
        return fromTemplate(CORE + "+" + String.join("+", modules), db -> {
            for (String module : modules) {
                Migrations.migrate(db.dataSource(), module, TestDatabase.class.getClassLoader());
            }
        });
    }

    /**
     * With core's tables and whatever {@code setup} adds (a bundle's schema, seed data), prepared
     * once per JVM under {@code template} and copied for each caller. The name stands for the
     * setup: the first setup given under a name is the one that runs. The setup must close what it
     * opens (a pool, say): a template with connections open on it cannot be copied.
     */
    public static TestDatabase prepared(String template, Consumer<Database> setup) {
        return fromTemplate(CORE + "+setup:" + template, setup);
    }

    /** Without any table, for tests that bring their own (an ERP's tables, say). */
    public static TestDatabase empty() {
        return fromTemplate(BARE, db -> { });
    }

    private static TestDatabase fromTemplate(String key, Consumer<Database> setup) {
        String template = Server.INSTANCE.template(key, setup);
        return new TestDatabase(Server.INSTANCE.freshCopy(template), template);
    }

    public Database database() {
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The database's name on the shared server. */
    public String name() {
        return name;
    }

    /** For a child JVM (an engine a test kills) that is to work on this database. */
    public String jdbcUrl() {
        return Server.INSTANCE.postgres.getJdbcUrl("postgres", name);
    }

    public <T> T tx(TxWork<T> work) {
        return database.inTransaction(work);
    }

    /**
     * Runs SQL outside any bundle's API: DDL, fixture rows, a script of several statements when no
     * parameters are given. Returns the update count of the last statement (0 for DDL).
     */
    public int execute(String sql, Object... params) {
        return tx(tx -> {
            Connection c = tx.connection();
            if (params.length == 0) {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                    return Math.max(st.getUpdateCount(), 0);
                }
            }
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, params);
                return st.executeUpdate();
            }
        });
    }

    /** The first column of the first row as a number, 0 when there is no row. */
    public long count(String sql, Object... params) {
        return tx(tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** The first column of the first row as text, null when there is no row. */
    public String text(String sql, Object... params) {
        return tx(tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /**
     * Puts the database back as the template left it, for tests of one class that must not see
     * each other's rows. Connections still open on it are ended: stop engines first.
     */
    public void reset() {
        Server.INSTANCE.recreate(name, template);
    }

    /** Drops the database. */
    @Override
    public void close() {
        Server.INSTANCE.drop(name);
    }

    @Override
    public String toString() {
        return "test database " + name + " (from " + template + ")";
    }

    private static void bind(PreparedStatement st, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }

    /**
     * The one PostgreSQL of this JVM, started when a test first asks for a database. Which
     * templates exist is the server's state, so it is kept here, beside the server, and nowhere else.
     */
    private static final class Server {

        static final Server INSTANCE = new Server();

        final EmbeddedPostgres postgres;
        private final DataSource admin;
        private final Map<String, String> templates = new HashMap<>();
        private final AtomicInteger sequence = new AtomicInteger();

        private Server() {
            try {
                // Durability is no concern of a test database; without it copies and commits are quicker.
                postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off").setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
            admin = postgres.getPostgresDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "catura-test-postgres-stop"));
            templates.put(BARE, "template0");
        }

        /** The template database for {@code key}, made on first use: core's tables, then the setup. */
        synchronized String template(String key, Consumer<Database> setup) {
            String existing = templates.get(key);
            if (existing != null) {
                return existing;
            }
            String base = key.equals(CORE) ? "template0" : template(CORE, CoreSchema::migrate);
            String name = "tpl_" + sequence.incrementAndGet() + "_" + key.replaceAll("[^A-Za-z0-9]+", "_");
            name = name.length() > 63 ? name.substring(0, 63) : name;
            admin("create database " + quote(name) + " template " + quote(base) + COPY);
            try {
                setup.accept(new JdbcDatabase(postgres.getDatabase("postgres", name)));
            } catch (RuntimeException e) {
                admin("drop database " + quote(name) + " with (force)");
                throw new IllegalStateException("Preparing the test database template '" + key + "' failed: "
                        + e.getMessage(), e);
            }
            // A template nobody can connect to is never changed by accident and can always be copied.
            admin("alter database " + quote(name) + " with is_template true allow_connections false");
            templates.put(key, name);
            return name;
        }

        String freshCopy(String template) {
            String name = "test_" + sequence.incrementAndGet();
            admin("create database " + quote(name) + " template " + quote(template) + COPY);
            return name;
        }

        void recreate(String name, String template) {
            admin("drop database " + quote(name) + " with (force)");
            admin("create database " + quote(name) + " template " + quote(template) + COPY);
        }

        void drop(String name) {
            admin("drop database if exists " + quote(name) + " with (force)");
        }

        private void admin(String sql) {
            try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("The test PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
            }
        }

        private static String quote(String identifier) {
            return '"' + identifier + '"';
        }

        private void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                // The JVM is ending; the data directory is a temporary one either way.
            }
        }
    }
}
