package org.catura.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.transfer.api.Destination;
import org.catura.transfer.api.DestinationDirectory;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.FileRejectedException;
import org.catura.transfer.api.PollReport;
import org.catura.transfer.api.TransferFile;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files queued in a transaction and sent by the outbox to SFTP; files polled into a transaction. On PostgreSQL. */
class TransferThroughOutboxTest {

    static TestDatabase database;
    static Database db;
    static Transports transports;
    @TempDir
    Path root;
    @TempDir
    Path keys;
    SftpTestServer sftp;
    ProcessEngine engine;
    TransferSink sink;
    volatile String carrierApi = "http://127.0.0.1:1/";
    final TransferQueueComponent queue = new TransferQueueComponent(new OutboxStore());
    final Destination dhl = new Destination("shipping", "dhl");

    @BeforeAll
    static void startDatabase() throws Exception {
        database = TestDatabase.create();
        db = database.database();
        transports = new Transports();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        transports.close();
        database.close();
    }

    @BeforeEach
    void start() throws IOException {
        execute("truncate catura_outbox");
        Files.createDirectories(root.resolve("dhl"));
        sftp = new SftpTestServer(root, keys.resolve("host.ser"));
        engine = new ProcessEngine(db, new ProcessSettings(2, Duration.ofMillis(10), Duration.ofMillis(10), 10,
                Duration.ofMinutes(1), Duration.ofMillis(10)), "transfer-test", 1);
        sink = new TransferSink(transports);
        sink.addDirectory(new DestinationDirectory() {
            @Override
            public String owner() {
                return "shipping";
            }

            @Override
            public Optional<Endpoint> endpoint(String name) {
                return switch (name) {
                    case "dhl" -> Optional.of(sftp.endpoint("dhl"));
                    case "carrier-api" -> Optional.of(Endpoint.http("POST", carrierApi));
                    default -> Optional.empty();
                };
            }
        });
        engine.addSink(sink);
    }

    @AfterEach
    void stop() throws IOException {
        sftp.close();
    }

    void drain() {
        for (int i = 0; i < 5; i++) {
            engine.runOnce();
        }
    }

    static void execute(String sql) {
        db.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    static List<String> column(String sql) {
        return db.inTransaction(tx -> {
            List<String> values = new ArrayList<>();
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    @Test
    void aFileQueuedTwiceUnderOneKeyIsSentOnceAndTheOutboxNeverHoldsTheSecret() throws IOException {
        TransferFile manifest = new TransferFile("manifest-20261201.csv", "text/csv",
                "4711;1Z999\n".getBytes(StandardCharsets.UTF_8));
        boolean first = db.inTransaction(tx -> queue.queue(tx, "manifest:2026-12-01", dhl, manifest));
        boolean second = db.inTransaction(tx -> queue.queue(tx, "manifest:2026-12-01", dhl, manifest));
        assertTrue(first);
        assertFalse(second);

        List<String> payloads = column("select payload from catura_outbox where topic = 'transfer'");
        drain();

        assertEquals(1, payloads.size());
        assertFalse(payloads.get(0).contains(SftpTestServer.PASSWORD), payloads.get(0));
        assertFalse(payloads.get(0).contains("127.0.0.1"), "the endpoint is looked up when sent: " + payloads.get(0));
        assertEquals("4711;1Z999\n", Files.readString(root.resolve("dhl/manifest-20261201.csv")));
        assertEquals(List.of("true"), column("select (sent_at is not null)::text from catura_outbox"));
    }

    @Test
    void nothingIsQueuedWhenTheCallersTransactionRollsBack() {
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            queue.queue(tx, "manifest:rolled-back", dhl, new TransferFile("m.csv", "text/csv", new byte[1]));
            throw new IllegalStateException("the station failed");
        }));
        assertEquals(List.of(), column("select idempotency_key from catura_outbox"));
    }

    @Test
    void aFileForAnUnknownDestinationIsParkedWithAClearReason() {
        db.inTransaction(tx -> queue.queue(tx, "ups:1", new Destination("shipping", "ups"),
                new TransferFile("u.csv", "text/csv", new byte[1])));
        drain();

        assertEquals(List.of("true|1|Destination shipping/ups is not configured (any more); configure it, or discard"
                        + " the queued file"),
                column("select parked || '|' || attempts || '|' || last_error from catura_outbox"),
                "parked after the first refusal, not after the last allowed attempt");
    }

    @Test
    void anHttpDestinationAnswering503IsTriedAgainUntilItTakesTheFile() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(calls.incrementAndGet() <= 2 ? 503 : 202, -1);
            exchange.close();
        });
        api.start();
        try {
            carrierApi = "http://127.0.0.1:" + api.getAddress().getPort() + "/shipments";
            ProcessEngine patient = new ProcessEngine(db, new ProcessSettings(5, Duration.ofMillis(10),
                    Duration.ofMillis(10), 10, Duration.ofMinutes(1), Duration.ofMillis(10)), "transfer-test", 1);
            patient.addSink(sink);
            db.inTransaction(tx -> queue.queue(tx, "ship:4711", new Destination("shipping", "carrier-api"),
                    new TransferFile("4711.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8))));
            for (int i = 0; i < 50 && calls.get() < 3; i++) {
                patient.runOnce();
                sleep(20);
            }
            patient.runOnce();
        } finally {
            api.stop(0);
        }

        assertEquals(3, calls.get());
        assertEquals(List.of("3|true"), column("select attempts || '|' || (sent_at is not null) from catura_outbox"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void thePollersHandlerWorksInATransactionThatARejectionRollsBack() throws IOException {
        execute("create table if not exists edi_received (name text primary key)");
        execute("truncate edi_received");
        Path inbound = Files.createDirectories(root.resolve("vendor"));
        Files.writeString(inbound.resolve("850-1.x12"), "ISA*00*");
        Files.writeString(inbound.resolve("850-2.x12"), "not X12");
        InboundPollerComponent poller = new InboundPollerComponent(db, transports);

        PollReport report = poller.poll(sftp.endpoint("vendor"), (tx, file) -> {
            try (var insert = tx.connection().prepareStatement("insert into edi_received values (?)")) {
                insert.setString(1, file.name());
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            if (!new String(file.content(), StandardCharsets.US_ASCII).startsWith("ISA")) {
                throw new FileRejectedException("no X12 interchange (ISA segment missing)");
            }
        });

        assertEquals(List.of("850-1.x12"), report.accepted());
        assertEquals(List.of("850-1.x12"), column("select name from edi_received"));
        assertTrue(Files.exists(inbound.resolve("done/850-1.x12")));
        assertTrue(Files.exists(inbound.resolve("error/850-2.x12")));
    }
}
