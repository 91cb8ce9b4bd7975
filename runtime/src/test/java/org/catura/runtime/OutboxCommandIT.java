package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.catura.runtime.CaturaProcess.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code catura outbox list|retry} through the exported jar on a fresh PostgreSQL with a
 * {@code run --config} configuration; the parked messages are rows as the dispatcher leaves them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxCommandIT {

    Path work;
    EmbeddedPostgres postgres;
    Path config;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "outbox-it-");
        CaturaProcess.jar();
        // The runtime's classes carry the same binaries as zonky's jar; either copy will do.
        postgres = EmbeddedPostgres.builder().setPgBinaryResolver((system, hardware) -> OutboxCommandIT.class
                .getResourceAsStream("/postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + hardware
                        + ".txz")).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database catura");
        }
        config = Files.writeString(work.resolve("catura.properties"), "database.url=jdbc:postgresql://localhost:"
                + postgres.getPort() + "/catura"
                + "\ndatabase.user=postgres\nhttp.port=0\nsecrets.keyFile=" + work.resolve("secret.key") + "\n",
                StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void parkedMessagesAreListedWithTheirLastErrorAndSentBackWithAFreshBudget() throws Exception {
        Result empty = run("outbox", "list");
        assertEquals(0, empty.exit(), empty.toString());
        assertEquals("No parked message: every message was sent or is still being tried.\n", empty.out());

        // as the dispatcher leaves them: attempts used up during a mail server outage, and a refusal
        execute("""
                insert into catura_outbox (topic, idempotency_key, payload, attempts, last_error, parked, parked_at)
                values ('mail', 'invoice-mail-41', '{}', 10, '421 4.3.2 Service not available', true,
                        timestamptz '2026-12-01 22:15:00+00'),
                       ('mail', 'invoice-mail-42', '{}', 1, '550 5.1.1 Recipient address rejected', true,
                        timestamptz '2026-12-01 22:16:00+00'),
                       ('mail', 'invoice-mail-43', '{}', 0, null, false, null)""");
        long first = count("select message_id from catura_outbox where idempotency_key = 'invoice-mail-41'");

        Result listed = run("outbox", "list");
        assertEquals(0, listed.exit(), listed.toString());
        assertTrue(listed.out().matches("(?s)ID +TOPIC +KEY +ATTEMPTS +PARKED +LAST ERROR\n"
                + first + " +mail +invoice-mail-41 +10 +2026-12-01 22:15 +421 4\\.3\\.2 Service not available\n"
                + "\\d+ +mail +invoice-mail-42 +1 +2026-12-01 22:16 +550 5\\.1\\.1 Recipient address rejected\n"
                + "2 parked message\\(s\\); send them again with: catura outbox retry ID… \\(or --all\\)\n"),
                listed.out());

        Result retried = run("outbox", "retry", String.valueOf(first));
        assertEquals(0, retried.exit(), retried.toString());
        assertEquals("Message " + first + " sent back to the outbox with a fresh budget of attempts\n", retried.out());
        assertEquals(1, count("select count(*) from catura_outbox where message_id = " + first
                + " and not parked and attempts = 0 and next_attempt_at <= now() and retried_by like 'cli:%'"));

        Result again = run("outbox", "retry", String.valueOf(first));
        assertEquals(1, again.exit(), again.toString());
        assertTrue(again.err().contains("Not parked (sent, sent back already, or unknown), left as they are: ["
                + first + "]"), again.err());

        Result all = run("outbox", "retry", "--all");
        assertEquals(0, all.exit(), all.toString());
        assertEquals("1 message(s) sent back to the outbox, each with a fresh budget of attempts\n", all.out());
        assertEquals(0, count("select count(*) from catura_outbox where parked"));

        Result neither = run("outbox", "retry");
        assertEquals(2, neither.exit(), neither.toString());
        assertTrue(neither.err().contains("Give the ids of the messages to send again, or --all"), neither.err());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connection() throws SQLException {
        return postgres.getDatabase("postgres", "catura").getConnection();
    }

    private Result run(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        return CaturaProcess.run(work, null, all);
    }
}
