package org.catura.sandbox.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator with real servers on localhost: transmissions rendered from the product's default
 * templates go in by SFTP, HTTP or the inbox folder; the answers come back in the documented formats.
 */
class FulfilmentPartnerSimulatorTest {

    static final Pattern TRACKING = Pattern.compile("FP\\d{10}");
    static final Duration WAIT = Duration.ofSeconds(20);
    final ObjectMapper json = new ObjectMapper();
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    FulfilmentPartnerSimulator start(FulfilmentPartnerSettings settings) throws Exception {
        FulfilmentPartnerSimulator partner = FulfilmentPartnerSimulator.start(settings
                .withDelays(Duration.ofMillis(50), settings.lateDelay(), Duration.ofMillis(100))
                .withPollInterval(Duration.ofMillis(50)));
        open.add(partner);
        return partner;
    }

    static String csv(String reference) throws Exception {
        return ProductTransmissions.render("csv", reference, "302-1234567-7654321", "1.75", "CAT-MUG-001", 2,
                "CAT-TEA-002", 1);
    }

    /** Writes as the product's local folder transfer does: a dot file, renamed. */
    static void drop(FulfilmentPartnerSimulator partner, String name, String content) throws Exception {
        Path part = partner.inboundFolder().resolve("." + name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, partner.inboundFolder().resolve(name));
    }

    // ---- the documented CSV, checked strictly

    record Row(String reference, String order, String trackingNo, String replaces, Instant shippedAt, String sku,
            BigDecimal quantity, BigDecimal weight) {
    }

    static List<Row> parseConfirmation(String csv) {
        String[] lines = csv.split("\n", -1);
        assertEquals("reference;order_reference;tracking_no;replaces_tracking_no;shipped_at;sku;quantity;weight_kg",
                lines[0]);
        assertEquals("", lines[lines.length - 1], "the file ends with a line break");
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] f = lines[i].split(";", -1);
            assertEquals(8, f.length, "line " + (i + 1) + ": " + lines[i]);
            rows.add(new Row(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3], Instant.parse(f[4]), f[5],
                    new BigDecimal(f[6]), new BigDecimal(f[7])));
        }
        return rows;
    }

    static void assertWholeShipment(List<Row> rows, String reference) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (Row r : rows) {
            assertEquals(reference, r.reference());
            assertEquals("302-1234567-7654321", r.order());
            assertTrue(TRACKING.matcher(r.trackingNo()).matches(), r.trackingNo());
            assertNull(r.replaces());
            quantities.merge(r.sku(), r.quantity(), BigDecimal::add);
            BigDecimal before = weights.put(r.trackingNo(), r.weight());
            assertTrue(before == null || before.compareTo(r.weight()) == 0, "one weight per parcel");
        }
        assertEquals(0, BigDecimal.valueOf(2).compareTo(quantities.get("CAT-MUG-001")));
        assertEquals(0, BigDecimal.ONE.compareTo(quantities.get("CAT-TEA-002")));
        assertEquals(2, quantities.size());
        assertEquals(0, new BigDecimal("1.75").compareTo(weights.values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the parcels weigh what the shipment weighs");
    }

    static List<String> trackingNumbers(List<Row> rows) {
        return rows.stream().map(Row::trackingNo).distinct().toList();
    }

    // ---- SFTP in, CSV back in the SFTP return folder

    @Test
    void aCsvUploadedBySftpIsAnsweredByACsvInTheSftpReturnFolder() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults().withTwoParcelShare(1.0));
        assertTrue(partner.hostKeyFingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), partner.hostKeyFingerprint());
        SshClient client = SshClient.setUpDefaultClient();
        client.setKeyIdentityProvider(session -> List.of());
        client.setServerKeyVerifier((session, address, key) ->
                KeyUtils.getFingerPrint(BuiltinDigests.sha256, key).equals(partner.hostKeyFingerprint()));
        client.start();
        open.add(0, client::stop);
        try (ClientSession session = client.connect(partner.sftpUser(), "127.0.0.1", partner.sftpPort())
                .verify(5, TimeUnit.SECONDS).getSession()) {
            session.addPasswordIdentity(partner.sftpPassword());
            session.auth().verify(5, TimeUnit.SECONDS);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                // as the product's SafeUpload: a hidden part file, renamed when complete
                try (OutputStream out = sftp.write("inbound/.CAT-0001234-partner.csv.part")) {
                    out.write(csv("CAT-0001234").getBytes(StandardCharsets.UTF_8));
                }
                sftp.rename("inbound/.CAT-0001234-partner.csv.part", "inbound/CAT-0001234-partner.csv");
                assertTrue(partner.awaitIdle(WAIT));

                List<String> names = new ArrayList<>();
                sftp.readDir("return").forEach(e -> {
                    if (e.getAttributes().isRegularFile()) {
                        names.add(e.getFilename());
                    }
                });
                assertEquals(List.of("CAT-0001234-confirmation-1.csv"), names);
                String answer;
                try (InputStream in = sftp.read("return/CAT-0001234-confirmation-1.csv")) {
                    answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                List<Row> rows = parseConfirmation(answer);
                assertWholeShipment(rows, "CAT-0001234");
                assertEquals(2, trackingNumbers(rows).size(), "two parcels: " + answer);
            }
        }
        assertTrue(Files.exists(partner.inboundFolder().resolve("done").resolve("CAT-0001234-partner.csv")));
        ReceivedTransmission t = partner.received().get(0);
        assertEquals(PartnerInbound.INBOX, t.via());
        assertEquals("CAT-0001234", t.shipments().get(0).reference());
        PartnerAnswer a = partner.answers().get(0);
        assertEquals(PartnerAnswer.Kind.CONFIRMATION, a.kind());
        assertEquals(Set.of(), a.faults());
        assertEquals(0, partner.unanswered());
    }

    @Test
    void theSftpServerRefusesAWrongPassword() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults());
        SshClient client = SshClient.setUpDefaultClient();
        client.setKeyIdentityProvider(session -> List.of());
        client.start();
        open.add(0, client::stop);
        try (ClientSession session = client.connect(partner.sftpUser(), "127.0.0.1", partner.sftpPort())
                .verify(5, TimeUnit.SECONDS).getSession()) {
            session.addPasswordIdentity("wrong");
            assertThrows(Exception.class, () -> session.auth().verify(5, TimeUnit.SECONDS));
        }
    }

    // ---- HTTP in, HTTP callback back

    /** The product's callback route, as a stand-in: keeps each request, answers the next planned status. */
    static final class ProductStub implements AutoCloseable {
        final HttpServer server;
        final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();

        ProductStub(Integer... planned) throws Exception {
            statuses.addAll(List.of(planned));
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            server.createContext("/catura/shipping/callback/partner", exchange -> {
                try (exchange) {
                    int n = calls.getAndIncrement();
                    requests.add(Map.of("method", exchange.getRequestMethod(),
                            "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                            "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                            "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                    int status = n < statuses.size() ? statuses.get(n) : 200;
                    byte[] body = ("{\"outcome\":\"" + (status == 200 ? "RECORDED" : "ERROR") + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(status, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/catura/shipping/callback/partner");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    HttpResponse<String> post(FulfilmentPartnerSimulator partner, String name, String authorization, String type,
            String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(partner.httpUrl().replace("{name}", name)))
                .header("Content-Type", type).header("Idempotency-Key", "shipping:1234:partner:" + name)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aJsonPostedOverHttpIsAnsweredByCallbackWithTheBearerSecret() throws Exception {
        ProductStub product = new ProductStub();
        open.add(product);
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults().withTwoParcelShare(0)
                .withCallback(product.url(), "callback-secret"));
        String body = ProductTransmissions.render("json", "CAT-0004711", "302-1234567-7654321", "1.75",
                "CAT-MUG-001", 2, "CAT-TEA-002", 1);

        HttpResponse<String> response = post(partner, "CAT-0004711-partner.json", "Bearer " + partner.httpToken(),
                "application/json", body);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("CAT-0004711", json.readTree(response.body()).path("references").path(0).asText());
        assertTrue(partner.awaitIdle(WAIT));
        assertEquals(1, product.requests.size());
        Map<String, String> callback = product.requests.get(0);
        assertEquals("POST", callback.get("method"));
        assertEquals("Bearer callback-secret", callback.get("authorization"));
        assertEquals("application/json", callback.get("contentType"));
        JsonNode c = json.readTree(callback.get("body"));
        assertEquals(List.of("reference", "orderReference", "shippedAt", "parcels"), fields(c));
        assertEquals("CAT-0004711", c.get("reference").asText());
        assertEquals("302-1234567-7654321", c.get("orderReference").asText());
        Instant.parse(c.get("shippedAt").asText());
        assertEquals(1, c.get("parcels").size());
        JsonNode parcel = c.get("parcels").get(0);
        assertEquals(List.of("trackingNo", "replacesTrackingNo", "weightKg", "lines"), fields(parcel));
        assertTrue(TRACKING.matcher(parcel.get("trackingNo").asText()).matches());
        assertTrue(parcel.get("replacesTrackingNo").isNull());
        assertEquals(0, new BigDecimal("1.75").compareTo(parcel.get("weightKg").decimalValue()));
        assertEquals("CAT-MUG-001", parcel.at("/lines/0/sku").asText());
        assertEquals(2, parcel.at("/lines/0/quantity").asInt());
        assertEquals("CAT-TEA-002", parcel.at("/lines/1/sku").asText());
        assertEquals(List.of("sku", "quantity"), fields(parcel.at("/lines/0")));
        PartnerAnswer a = partner.answers().get(0);
        assertEquals(200, a.status());
        assertEquals(PartnerReturn.HTTP_CALLBACK, a.via());
        assertEquals(PartnerInbound.HTTP, partner.received().get(0).via());
        assertEquals("CAT-0004711-partner.json", partner.received().get(0).name());
    }

    static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theHttpEndpointTakesBasicLoginAndRefusesAWrongOne() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults());
        String basic = "Basic " + Base64.getEncoder().encodeToString((partner.sftpUser() + ":"
                + partner.sftpPassword()).getBytes(StandardCharsets.UTF_8));

        assertEquals(401, post(partner, "a.csv", null, "text/csv", csv("CAT-0000001")).statusCode());
        assertEquals(401, post(partner, "a.csv", "Bearer wrong", "text/csv", csv("CAT-0000001")).statusCode());
        assertEquals(401, post(partner, "a.csv", "Basic " + Base64.getEncoder().encodeToString(
                "partner:wrong".getBytes(StandardCharsets.UTF_8)), "text/csv", csv("CAT-0000001")).statusCode());
        assertEquals(List.of(), partner.received(), "nothing taken without a login");

        assertEquals(202, post(partner, "b.csv", basic, "text/csv; charset=UTF-8", csv("CAT-0000002")).statusCode());
        assertEquals(200, post(partner, "b.csv", basic, "text/csv; charset=UTF-8", csv("CAT-0000002")).statusCode(),
                "the same Idempotency-Key again: taken once");
        assertTrue(partner.awaitIdle(WAIT));
        assertEquals(1, partner.answers().size());
    }

    @Test
    void aCallbackAnswered5xxIsTriedAgainUntilTheProductTakesIt() throws Exception {
        ProductStub product = new ProductStub(503, 500);
        open.add(product);
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults()
                .withCallback(product.url(), "callback-secret").withCallbackRetries(5, Duration.ofMillis(50)));
        drop(partner, "CAT-0000042-partner.csv", csv("CAT-0000042"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(List.of(503, 500, 200), partner.answers().stream().map(PartnerAnswer::status).toList());
        assertEquals(List.of(1, 2, 3), partner.answers().stream().map(PartnerAnswer::attempt).toList());
        assertEquals(3, product.requests.size());
        assertEquals(product.requests.get(0).get("body"), product.requests.get(2).get("body"), "the same confirmation");
        assertFalse(partner.answers().get(0).delivered());
        assertTrue(partner.answers().get(2).delivered());
    }

    @Test
    void anUpdateWaitsForItsConfirmationToGetThrough() throws Exception {
        ProductStub product = new ProductStub(503);
        open.add(product);
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults()
                .withCallback(product.url(), "callback-secret").withCallbackRetries(5, Duration.ofMillis(200))
                .withFaults(5, 0, 0, 0, 1.0));
        drop(partner, "CAT-0000044-partner.csv", csv("CAT-0000044"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(List.of("CONFIRMATION 503", "CONFIRMATION 200", "UPDATE 200"), partner.answers().stream()
                .map(a -> a.kind() + " " + a.status()).toList());
        JsonNode first = json.readTree(partner.answers().get(1).content());
        JsonNode update = json.readTree(partner.answers().get(2).content());
        assertEquals(first.at("/parcels/0/trackingNo").asText(), update.at("/parcels/0/replacesTrackingNo").asText());
    }

    @Test
    void aCallbackIsGivenUpAfterItsAttempts() throws Exception {
        ProductStub product = new ProductStub(503, 503, 503);
        open.add(product);
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults()
                .withCallback(product.url(), "callback-secret").withCallbackRetries(2, Duration.ofMillis(50)));
        drop(partner, "CAT-0000043-partner.csv", csv("CAT-0000043"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(List.of(503, 503), partner.answers().stream().map(PartnerAnswer::status).toList());
        assertEquals(0, partner.unanswered());
    }

    // ---- faults

    List<String> returnFiles(FulfilmentPartnerSimulator partner) throws Exception {
        try (Stream<Path> files = Files.list(partner.returnFolder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void withMalformedShareOneEveryAnswerIsGarbled() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults().withAnswerBy(PartnerReturn.FOLDER)
                .withFaults(3, 0, 1.0, 1.0, 1.0));
        for (int i = 1; i <= 3; i++) {
            drop(partner, "CAT-000010" + i + "-partner.csv", csv("CAT-000010" + i));
        }

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(3, partner.answers().size(), "no duplicate and no update of a garbled answer");
        for (PartnerAnswer a : partner.answers()) {
            assertEquals(Set.of(PartnerFault.MALFORMED), a.faults());
            String[] lines = a.content().split("\n");
            assertEquals(ConfirmationWriter.CSV_HEADER, lines[0]);
            assertEquals(3, lines[1].split(";", -1).length, "line 2 is garbled: " + lines[1]);
        }
        assertEquals(3, returnFiles(partner).size());
    }

    @Test
    void aMalformedCallbackIsJsonCutOff() throws Exception {
        ProductStub product = new ProductStub(400);
        open.add(product);
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults()
                .withCallback(product.url(), "s").withFaults(3, 0, 1.0, 0, 0));
        drop(partner, "CAT-0000201-partner.csv", csv("CAT-0000201"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(1, product.requests.size(), "a 400 is final: not tried again");
        assertThrows(Exception.class, () -> json.readTree(product.requests.get(0).get("body")));
        assertEquals(400, partner.answers().get(0).status());
    }

    @Test
    void withDuplicateShareOneEachConfirmationComesTwice() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults()
                .withFaults(5, 0, 0, 1.0, 0));
        drop(partner, "CAT-0000301-partner.csv", csv("CAT-0000301"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(List.of("CAT-0000301-confirmation-1.csv", "CAT-0000301-confirmation-2.csv"), returnFiles(partner));
        assertEquals(Files.readString(partner.returnFolder().resolve("CAT-0000301-confirmation-1.csv")),
                Files.readString(partner.returnFolder().resolve("CAT-0000301-confirmation-2.csv")));
        assertEquals(List.of(PartnerAnswer.Kind.CONFIRMATION, PartnerAnswer.Kind.DUPLICATE),
                partner.answers().stream().map(PartnerAnswer::kind).toList());
        assertEquals(Set.of(PartnerFault.DUPLICATE), partner.answers().get(1).faults());
    }

    @Test
    void withUpdateShareOneTheFirstTrackingNumberIsReplacedLater() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults().withTwoParcelShare(1.0)
                .withFaults(5, 0, 0, 0, 1.0));
        drop(partner, "CAT-0000401-partner.csv", csv("CAT-0000401"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(List.of(PartnerAnswer.Kind.CONFIRMATION, PartnerAnswer.Kind.UPDATE),
                partner.answers().stream().map(PartnerAnswer::kind).toList());
        List<Row> first = parseConfirmation(partner.answers().get(0).content());
        List<Row> update = parseConfirmation(partner.answers().get(1).content());
        String firstParcel = trackingNumbers(first).get(0);
        assertTrue(update.stream().allMatch(r -> firstParcel.equals(r.replaces())), "replaces " + firstParcel);
        String newNo = update.get(0).trackingNo();
        assertTrue(TRACKING.matcher(newNo).matches());
        assertFalse(trackingNumbers(first).contains(newNo));
        assertEquals(first.stream().filter(r -> r.trackingNo().equals(firstParcel)).map(Row::sku).toList(),
                update.stream().map(Row::sku).toList(), "the same parcel, another number");
        assertEquals(List.of("CAT-0000401-confirmation-1.csv", "CAT-0000401-confirmation-2.csv"), returnFiles(partner));
    }

    @Test
    void aLateAnswerKeepsTheShipmentUnanswered() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults().withFaults(5, 1.0, 0, 0, 0));
        drop(partner, "CAT-0000501-partner.csv", csv("CAT-0000501"));

        assertFalse(partner.awaitIdle(Duration.ofMillis(500)));

        assertEquals(1, partner.received().size());
        assertEquals(1, partner.unanswered());
        assertEquals(List.of(), partner.answers());
    }

    @Test
    void aLateAnswerComesAfterTheLateDelay() throws Exception {
        FulfilmentPartnerSimulator partner = FulfilmentPartnerSimulator.start(FulfilmentPartnerSettings.defaults()
                .withFaults(5, 1.0, 0, 0, 0).withDelays(Duration.ofHours(1), Duration.ofMillis(100), Duration.ZERO)
                .withPollInterval(Duration.ofMillis(50)));
        open.add(partner);
        drop(partner, "CAT-0000502-partner.csv", csv("CAT-0000502"));

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(Set.of(PartnerFault.LATE), partner.answers().get(0).faults());
    }

    @Test
    void theSameSeedGivesTheSameTrackingNumbersAndFaults() throws Exception {
        List<List<String>> runs = new ArrayList<>();
        for (long seed : new long[] {7, 7, 8}) {
            FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults()
                    .withFaults(seed, 0, 0.3, 0.3, 0.3).withTwoParcelShare(0.5));
            List<String> run = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                drop(partner, "CAT-000060" + i + ".csv", csv("CAT-000060" + i));
            }
            assertTrue(partner.awaitIdle(WAIT));
            partner.answers().stream().sorted(java.util.Comparator.comparing(PartnerAnswer::reference)
                    .thenComparing(PartnerAnswer::kind))
                    .forEach(a -> run.add(a.reference() + " " + a.kind() + " " + a.faults() + " " + a.content()
                            .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z", "<time>")));
            runs.add(run);
        }
        assertEquals(runs.get(0), runs.get(1));
        assertNotEquals(runs.get(0), runs.get(2));
    }

    // ---- what it cannot read

    @Test
    void anUnreadableTransmissionIsRecordedAsRejectedAndNotAnswered() throws Exception {
        FulfilmentPartnerSimulator partner = start(FulfilmentPartnerSettings.defaults());
        drop(partner, "garbage.csv", "this;is\nnot;a;transmission\n");
        HttpResponse<String> http = post(partner, "bad.json", "Bearer " + partner.httpToken(), "application/json",
                "{\"reference\": \"CAT-0000001\", ");

        assertTrue(partner.awaitIdle(WAIT));

        assertEquals(400, http.statusCode());
        assertTrue(http.body().contains("No valid JSON"), http.body());
        assertEquals(2, partner.received().size());
        assertTrue(partner.received().stream().allMatch(ReceivedTransmission::rejected));
        ReceivedTransmission file = partner.received().stream().filter(t -> t.via() == PartnerInbound.INBOX)
                .findFirst().orElseThrow();
        assertEquals("The CSV header has no column 'reference' (found: this;is)", file.rejectedReason());
        Path error = partner.inboundFolder().resolve("error");
        assertTrue(Files.exists(error.resolve("garbage.csv")));
        assertEquals(file.rejectedReason() + "\n", Files.readString(error.resolve("garbage.csv.reason.txt")));
        assertEquals(List.of(), partner.answers());
        assertEquals(List.of(), returnFiles(partner));
        assertEquals(0, partner.unanswered());
    }

    @Test
    void closeStopsTheServersAndDeletesTheTemporaryFolder() throws Exception {
        FulfilmentPartnerSimulator partner = FulfilmentPartnerSimulator.start(FulfilmentPartnerSettings.defaults());
        Path root = partner.sftpRoot();
        String url = partner.httpUrl().replace("{name}", "x.csv");
        partner.close();
        assertFalse(Files.exists(root));
        assertThrows(java.io.IOException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()));
        assertThrows(IllegalStateException.class, partner::sftpPort);
    }

    @Test
    void aWorkFolderOfItsOwnKeepsTheHostKey() throws Exception {
        Path dir = Files.createTempDirectory("partner-test-");
        String first;
        try (FulfilmentPartnerSimulator partner = FulfilmentPartnerSimulator.start(
                FulfilmentPartnerSettings.defaults().withWorkDir(dir))) {
            first = partner.hostKeyFingerprint();
        }
        try (FulfilmentPartnerSimulator partner = FulfilmentPartnerSimulator.start(
                FulfilmentPartnerSettings.defaults().withWorkDir(dir))) {
            assertEquals(first, partner.hostKeyFingerprint());
            assertEquals(dir.resolve("sftp").resolve("inbound"), partner.inboundFolder());
        }
    }
}
