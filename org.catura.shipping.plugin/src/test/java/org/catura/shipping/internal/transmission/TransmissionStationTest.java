package org.catura.shipping.internal.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.mail.internal.MailQueueComponent;
import org.catura.mail.internal.SmtpMailSink;
import org.catura.mail.internal.SmtpSender;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.testing.EngineDriver;
import org.catura.testing.MovableClock;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.catura.transfer.internal.TransferQueueComponent;
import org.catura.transfer.internal.TransferSink;
import org.catura.transfer.internal.Transports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transmission station on the embedded ERP and PostgreSQL, end to end through the outbox:
 * an order with its delivery note at CARRIER_CHOSEN, a carrier configured in CAT_Carrier, the
 * real transfer sink and a real SFTP server on localhost.
 */
class TransmissionStationTest {

    static final int CARRIER_ID = 5000;
    static TestDatabase database;
    static Database db;
    static Erp erp;
    static Transports transports;
    final AesGcmSecrets secrets = new AesGcmSecrets(new byte[32]);
    // Wednesday 2026-12-02 10:00 in Berlin
    final MovableClock clock = MovableClock.at(Instant.parse("2026-12-02T09:00:00Z"));
    @TempDir
    Path root;
    @TempDir
    Path keys;
    SftpTestServer sftp;
    ProcessEngine engine;
    ProcessStore store;
    EngineDriver driver;

    @BeforeAll
    static void startDatabase() {
        database = TestDatabase.prepared("shipping-transmission", d -> {
            new ErpComponent(d);
            d.inTransaction(new MasterData()::seedDemo);
            ShippingSchema.migrate(d);
        });
        db = database.database();
        erp = new ErpComponent(db);
        transports = new Transports();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        transports.close();
        database.close();
    }

    @BeforeEach
    void start() throws Exception {
        database.execute("truncate catura_outbox, shipping_transmission, shipping_decision, CAT_Carrier cascade");
        Files.createDirectories(root.resolve("inbound"));
        sftp = new SftpTestServer(root, keys.resolve("host.ser"));
        engine = new ProcessEngine(db, new ProcessSettings(5, Duration.ofMillis(20), Duration.ofMillis(100), 5,
                Duration.ofMinutes(5), Duration.ofMillis(10)), "transmit-test", 1);
        OutboxStore outbox = new OutboxStore();
        List.of(new CustomerStation(erp), new SalesOrderStation(erp), new ReleaseStation(erp),
                new DeliveryNoteStation(erp)).forEach(engine::addStation);
        engine.addStation(new TransmissionStation(erp, new MailQueueComponent(outbox), new TransferQueueComponent(outbox),
                outbox, clock));
        TransferSink sink = new TransferSink(transports);
        sink.addDirectory(new CarrierDestinations(db, secrets, null));
        engine.addSink(sink);
        store = new ProcessStore(engine);
        driver = new EngineDriver(db, engine, store);
    }

    @AfterEach
    void stop() throws Exception {
        sftp.close();
    }

    void carrier(String value, String channel, String format, String template) {
        carrier(value, channel, format, template, "127.0.0.1", sftp.port(), "inbound", SftpTestServer.USER,
                SftpTestServer.PASSWORD, sftp.fingerprint(), null);
    }

    void carrier(String value, String channel, String format, String template, String host, Integer port, String path,
            String user, String password, String hostKey, String email) {
        db.inTransaction(tx -> Sql.update(tx, """
                insert into CAT_Carrier (CAT_Carrier_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name,
                       CarrierKind, M_Warehouse_ID, TransmissionChannel, TransmissionFormat, TransmissionTemplate,
                       TransmissionHost, TransmissionPort, TransmissionPath, TransmissionUser, TransmissionSecretSealed,
                       TransmissionHostKey, EMail, CutOffTime)
                values (?, 1000000, 0, 100, 100, ?, ?, 'FULFILMENT', (select min(M_Warehouse_ID) from M_Warehouse),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '15:00')""",
                CARRIER_ID, value, "Partner " + value, channel, Sql.text(format), Sql.text(template), Sql.text(host),
                port == null ? new Sql.TypedNull(java.sql.Types.NUMERIC) : port, Sql.text(path), Sql.text(user),
                Sql.text(password == null ? null : secrets.seal(password)), Sql.text(hostKey), Sql.text(email)));
    }

    /** An order taken to its draft delivery note, then given the carrier as the matrix would. */
    long orderAtCarrierChosen(String carrier) {
        PostalAddress to = new PostalAddress("Jörg Müller; \"Jo\"", null, "Hauptstraße 5", null, null, "Berlin", null,
                null, "10115", "DE", null, "Residential");
        Instant purchased = Instant.parse("2026-12-01T10:00:00Z");
        ImportedOrder order = TestOrder.of("302-1234567-" + (7654321 + database.count("select count(*) from catura_order"))).purchasedAt(purchased).lastUpdatedAt(purchased)
                .buyer(new Buyer("Jörg Müller", "j@marketplace.example", null, null, null)).shipTo(to)
                .line(TestOrder.line("1", "CAT-MUG-001", "Mug", 2, "25.80", TestOrder.GERMAN_VAT)).build();
        long orderId = db.inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        OrderProcessView created = driver.runUntil(orderId, OrderState.SHIPMENT_CREATED);
        int shipmentId = created.documents().get(org.catura.core.api.process.DocumentKind.SHIPMENT);
        database.execute("""
                insert into shipping_decision (shipment_id, order_id, decided_at, carrier, service, weight_kg,
                       summary, decision) values (?, ?, now(), ?, 'std', 2.4, 'test', '{}'::jsonb)""",
                shipmentId, orderId, carrier);
        db.inTransaction(tx -> {
            store.moveTo(tx, orderId, OrderState.SHIPMENT_CREATED, OrderState.CARRIER_CHOSEN, "test", "carrier chosen");
            return null;
        });
        return orderId;
    }

    List<Path> inbound() throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("inbound"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void anSftpServerDyingMidUploadGetsTheFileExactlyOnceWhenItReturnsAndAResendSendsNothingNew() throws Exception {
        // a big file, so the upload is several chunks and the server can die between them
        carrier("ful", "SFTP", "CSV", "reference;order;sku;quantity\n<#list 1..3000 as i><#list lines as l>"
                + "${reference};${order.id};${l.sku};${l.quantity}\n</#list></#list>");
        sftp.dieDuringWrite.set(true);
        long orderId = orderAtCarrierChosen("ful");

        driver.runUntil(orderId, OrderState.TRANSMITTED);
        for (int i = 0; i < 200 && database.count("select count(*) from catura_outbox where attempts > 0") == 0; i++) {
            engine.runOnce();
            Thread.sleep(10);
        }
        assertEquals(1, database.count("select count(*) from catura_outbox where attempts > 0 and sent_at is null"),
                "the upload failed and waits for its retry");
        assertFalse(Files.exists(root.resolve("inbound/CAT-" + String.format("%07d", shipmentId(orderId)) + "-ful.csv")),
                "no half file under the final name");

        sftp.dieDuringWrite.set(false);
        driver.runUntilIdle();

        String name = String.format("CAT-%07d-ful.csv", shipmentId(orderId));
        assertEquals(List.of(root.resolve("inbound").resolve(name)), inbound(), "one file, no leftover part");
        String csv = Files.readString(root.resolve("inbound").resolve(name), StandardCharsets.UTF_8);
        assertEquals(3001, csv.lines().count());
        assertTrue(csv.lines().skip(1).allMatch(l -> l.equals(String.format("CAT-%07d", shipmentId(orderId))
                + ";" + externalId(orderId) + ";CAT-MUG-001;2")), csv.substring(0, 200));
        assertEquals("SFTP|CSV|" + name + "|shipping:" + shipmentId(orderId) + ":ful|2026-12-04 14:00",
                database.text("""
                        select channel || '|' || format || '|' || file_name || '|' || idempotency_key || '|'
                               || to_char(confirm_due_at at time zone 'Europe/Berlin', 'YYYY-MM-DD HH24:MI')
                          from shipping_transmission"""),
                "Wednesday 10:00, before the cut-off, + 24 working hours of 08:00-18:00: Friday 14:00");

        // a person sends the order through the station again: same key, nothing new
        db.inTransaction(tx -> {
            store.moveTo(tx, orderId, OrderState.TRANSMITTED, OrderState.CARRIER_CHOSEN, "test", "resend");
            return null;
        });
        driver.runUntil(orderId, OrderState.TRANSMITTED);
        driver.runUntilIdle();
        assertEquals(1, database.count("select count(*) from catura_outbox"));
        assertEquals(1, inbound().size());
    }

    String externalId(long orderId) {
        return database.text("select external_id from catura_order where order_id = ?", orderId);
    }

    int shipmentId(long orderId) {
        return (int) database.count("select shipment_id from shipping_decision where order_id = ?", orderId);
    }

    @Test
    void aBrokenTemplateSendsTheOrderToTheManualQueueNamingTheLineAndNothingIsSent() {
        carrier("ful", "SFTP", "CSV", "reference;order\n${reference};${order.id}\n${order.noSuchField}\n");
        long orderId = orderAtCarrierChosen("ful");

        driver.runUntil(orderId, OrderState.MANUAL_QUEUE);

        String message = db.inTransaction(tx -> store.waiting(tx, orderId)).orElseThrow().message();
        assertTrue(message.startsWith("To the manual queue, nothing sent: Shipment CAT-"), message);
        assertTrue(message.contains("the CSV template of carrier ful (CAT_Carrier.TransmissionTemplate) fails at line 3"),
                message);
        assertTrue(message.contains("order.noSuchField"), message);
        assertEquals(0, database.count("select count(*) from catura_outbox"));
        assertEquals(0, database.count("select count(*) from shipping_transmission"));
    }

    @Test
    void dhlGoesToItsOutboxTopicWithTheContractsPayload() {
        carrier("dhl", "DHL_PARCEL_DE", null, null);
        long orderId = orderAtCarrierChosen("dhl");

        driver.runUntil(orderId, OrderState.TRANSMITTED);

        int shipmentId = shipmentId(orderId);
        assertEquals("shipping:" + shipmentId + ":dhl|{\"shipmentId\":" + shipmentId + ",\"orderId\":" + orderId
                        + ",\"reference\":\"" + String.format("CAT-%07d", shipmentId) + "\",\"carrier\":\"dhl\"}",
                database.text("select idempotency_key || '|' || payload from catura_outbox where topic = 'shipping-dhl'"));
        assertEquals("DHL_PARCEL_DE|", database.text("select channel || '|' || coalesce(file_name, '') from shipping_transmission"));
    }

    @Test
    void thePackPageSendsNothingButRecordsTheTransmission() {
        carrier("house", "PACK_PAGE", null, null);
        long orderId = orderAtCarrierChosen("house");

        driver.runUntil(orderId, OrderState.TRANSMITTED);

        assertEquals(0, database.count("select count(*) from catura_outbox"));
        assertEquals(1, database.count("select count(*) from shipping_transmission where channel = 'PACK_PAGE'"
                + " and confirm_due_at is not null"));
    }

    @Test
    void ftpGetsTheDefaultCsvWithTheReferenceFirst(@TempDir Path ftpRoot) throws Exception {
        Files.createDirectories(ftpRoot.resolve("in"));
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot)) {
            carrier("ftp", "FTP", "CSV", null, "127.0.0.1", ftp.port(), "in", FtpTestServer.USER, FtpTestServer.PASSWORD,
                    null, null);
            long orderId = orderAtCarrierChosen("ftp");
            driver.runUntil(orderId, OrderState.TRANSMITTED);
            driver.runUntilIdle();

            String name = String.format("CAT-%07d-ftp.csv", shipmentId(orderId));
            List<String> csv = Files.readAllLines(ftpRoot.resolve("in").resolve(name), StandardCharsets.UTF_8);
            assertTrue(csv.get(0).startsWith("reference;order;sku;quantity;"), csv.get(0));
            assertTrue(csv.get(1).startsWith(String.format("CAT-%07d", shipmentId(orderId)) + ";" + externalId(orderId)
                    + ";CAT-MUG-001;2;"), csv.get(1));
            assertTrue(csv.get(1).contains(";\"Jörg Müller; \"\"Jo\"\"\";"), csv.get(1));
            assertEquals(2, csv.size());
        }
    }

    @Test
    void httpGetsTheJsonOnceItAcceptsItWithTheKeyAndTheBearerToken() throws Exception {
        List<String> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/orders", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean up = calls.incrementAndGet() > 1;
            if (up) {
                accepted.add(exchange.getRequestHeaders().getFirst("Idempotency-Key") + "|"
                        + exchange.getRequestHeaders().getFirst("Authorization") + "|"
                        + exchange.getRequestHeaders().getFirst("Content-Type") + "|" + body);
            }
            exchange.sendResponseHeaders(up ? 201 : 503, -1);
            exchange.close();
        });
        api.start();
        try {
            carrier("api", "HTTP", "JSON", null, null, null, "http://127.0.0.1:" + api.getAddress().getPort()
                    + "/orders/{name}", null, "tok-123", null, null);
            long orderId = orderAtCarrierChosen("api");
            driver.runUntil(orderId, OrderState.TRANSMITTED);
            driver.runUntilIdle();
        } finally {
            api.stop(0);
        }
        assertEquals(2, calls.get(), "503 first, then accepted");
        assertEquals(1, accepted.size());
        String[] parts = accepted.get(0).split("\\|", 4);
        assertTrue(parts[0].startsWith("shipping:") && parts[0].endsWith(":api"), parts[0]);
        assertEquals("Bearer tok-123", parts[1]);
        assertEquals("application/json", parts[2]);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(parts[3]);
        assertTrue(json.get("reference").asText().startsWith("CAT-"));
        assertEquals("Jörg Müller; \"Jo\"", json.at("/shipTo/name").asText());
        assertEquals(2, json.at("/lines/0/quantity").asInt());
        assertFalse(database.text("select payload from catura_outbox").contains("tok-123"), "no secret in the outbox");
    }

    @Test
    void mailGoesOnceToTheCarriersAddressWithTheFileAttachedAndTheReferenceInTheSubject() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            engine.addSink(new SmtpMailSink(new SmtpSender("127.0.0.1", smtp.getSmtp().getPort(),
                    "Catura Shop <orders@shop.example>", "", "", false, 5)));
            carrier("post", "MAIL", "XML", null, null, null, null, null, null, null, "orders@partner.example");
            long orderId = orderAtCarrierChosen("post");
            driver.runUntil(orderId, OrderState.TRANSMITTED);
            driver.runUntilIdle();

            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(1, received.length);
            String reference = String.format("CAT-%07d", shipmentId(orderId));
            assertEquals("Shipment " + reference + ", order " + externalId(orderId), received[0].getSubject());
            assertEquals("orders@partner.example", received[0].getAllRecipients()[0].toString());
            MimeMultipart parts = (MimeMultipart) received[0].getContent();
            boolean attached = false;
            for (int i = 0; i < parts.getCount(); i++) {
                if ((reference + "-post.xml").equals(parts.getBodyPart(i).getFileName())) {
                    String xml = new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    attached = xml.contains("<reference>" + reference + "</reference>")
                            && xml.contains("Jörg Müller; &quot;Jo&quot;");
                }
            }
            assertTrue(attached, "the XML is attached");
        } finally {
            smtp.stop();
        }
    }
}
