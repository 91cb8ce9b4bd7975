package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the exported runtime jar as a person would, in its own JVM, and reads what it prints.
 * One embedded PostgreSQL data folder is shared by the tests (each run starts it anew).
 */
class CaturaJarIT {

    @TempDir
    static Path work;

    private static Path jar;
    private static Path data;

    /** States of an order whose carrier confirmed the shipment. */
    private static final Set<String> SHIPPED = Set.of("SHIPPED", "SHIPMENT_CONFIRMED");
    /** States an order passes on the way to the delivery note (a PENDING order waits before them). */
    private static final Set<String> BEFORE_DELIVERY_NOTE = Set.of("RECEIVED", "CUSTOMER_READY", "ORDER_ENTERED",
            "RELEASED");

    @BeforeAll
    static void locateJar() {
        jar = Path.of(System.getProperty("catura.jar", "target/catura.jar"));
        assertTrue(Files.isRegularFile(jar), "exported runtime missing: " + jar);
        data = work.resolve("data");
    }

    @Test
    void checkBootsEveryBundleAndSatisfiesEveryComponent() throws Exception {
        Result r = run("check", "--data", data.toString());
        assertEquals(0, r.exit, r.toString());
        List<String> bundleLines = section(r.out, "Bundles:", "Components:");
        assertTrue(bundleLines.size() >= 25, "too few bundles: " + bundleLines);
        for (String line : bundleLines) {
            assertTrue(line.trim().startsWith("ACTIVE "), "bundle not active: " + line);
        }
        for (String name : List.of("org.catura.core", "org.catura.erp.embedded", "org.catura.sandbox",
                "org.catura.amazon.plugin", "org.catura.runtime", "org.apache.felix.scr",
                "org.apache.felix.http.jetty12", "slf4j.simple")) {
            assertTrue(bundleLines.stream().anyMatch(l -> l.contains(" " + name + " ")), name + " missing");
        }
        // org.catura.idempiere needs iDempiere itself (Require-Bundle org.adempiere.base): never in the jar
        assertTrue(bundleLines.stream().noneMatch(l -> l.contains(" org.catura.idempiere ")), bundleLines.toString());
        List<String> components = section(r.out, "Components:", "All bundles active");
        for (String component : List.of("PostgresDatabase", "EngineComponent", "CustomerStation",
                "SalesOrderStation", "ReleaseStation", "DeliveryNoteStation", "ErpComponent", "AmazonComponent",
                "JasperShippingDocuments")) {
            String line = components.stream().filter(l -> l.contains("." + component + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(component + " not listed: " + components));
            assertTrue(line.trim().startsWith("OK") && line.endsWith("[active]"), line);
        }
        assertFalse(r.out.contains("PROBLEM"), r.out);
        assertTrue(r.out.contains("All bundles active, all components satisfied."), r.out);
        assertFalse(r.err.contains("Exception"), "stderr: " + r.err);
    }

    @Test
    void demoImportsFromTheSandboxThroughTheStationChain() throws Exception {
        Result r = run("demo", "--data", data.toString(), "--until-idle", "--orders", "12", "--seed", "42", "--port", "0");
        assertEquals(0, r.exit, r.toString());

        Matcher placed = Pattern.compile("Amazon took order (\\d{3}-\\d{7}-\\d{7})").matcher(r.out);
        List<String> ids = new ArrayList<>();
        while (placed.find()) {
            ids.add(placed.group(1));
        }
        assertEquals(12, ids.size(), r.out);
        assertTrue(r.out.contains("Import COMPLETED: 1 page(s), 12 order(s) seen, 12 new,"), r.out);

        Map<String, String> stateOf = new HashMap<>();
        Map<String, String> reasonOf = new HashMap<>();
        Matcher standing = Pattern.compile("^  (\\d{3}-\\d{7}-\\d{7})\\s+([A-Z_]+)(.*)$", Pattern.MULTILINE)
                .matcher(r.out.substring(r.out.indexOf("These orders now stand at:")));
        while (standing.find()) {
            stateOf.put(standing.group(1), standing.group(2));
            reasonOf.put(standing.group(1), standing.group(3));
        }
        assertEquals(Set.copyOf(ids), stateOf.keySet(), r.out);
        long shipped = 0;
        for (String id : ids) {
            String state = stateOf.get(id);
            assertFalse(BEFORE_DELIVERY_NOTE.contains(state), id + " stuck at " + state + "\n" + r.out);
            if (state.equals("MANUAL_QUEUE")) {
                assertTrue(reasonOf.get(id).matches(" \\(.+\\)"), id + " parked without a reason: " + r.out);
            }
            if (SHIPPED.contains(state)) {
                shipped++;
                // the next line names the carrier, the service and each tracking number with its page
                Matcher tracking = Pattern.compile("^  " + id + " .*\n      (.+), (.+): ([A-Z0-9]{10,}) https://\\S+$",
                        Pattern.MULTILINE).matcher(r.out);
                assertTrue(tracking.find(), id + " shipped without carrier and tracking number:\n" + r.out);
            }
        }
        assertTrue(shipped >= 1, "no order reached SHIPPED through a carrier:\n" + r.out);
        assertTrue(r.out.contains("Carriers: 3 carriers, 4 services, 16 rates; DHL sandbox at http://127.0.0.1:"),
                r.out);
        Matcher summary = Pattern.compile("^  (SHIPPED|SHIPMENT_CONFIRMED) +(\\d+)$", Pattern.MULTILINE)
                .matcher(r.out.substring(r.out.indexOf("Orders by state")));
        long summed = 0;
        while (summary.find()) {
            summed += Integer.parseInt(summary.group(2));
        }
        assertEquals(shipped, summed, r.out);

        // The same orders, read back by another command from the kept data folder.
        Result listed = run("orders", "--json", "--data", data.toString());
        assertEquals(0, listed.exit, listed.toString());
        JsonNode orders = new ObjectMapper().readTree(listed.out);
        Map<String, String> listedStates = new HashMap<>();
        orders.forEach(o -> listedStates.put(o.get("externalId").asText(), o.get("state").asText()));
        for (String id : ids) {
            assertEquals(stateOf.get(id), listedStates.get(id), id);
        }
        orders.forEach(o -> assertEquals("amazon-demo", o.get("channel").asText()));

        // The import's own record of it.
        Result status = run("import", "status", "--data", data.toString());
        assertEquals(0, status.exit, status.toString());
        assertTrue(status.out.startsWith("amazon-demo: sync off, every 10 s, marketplaces "), status.out);
        assertFalse(status.out.contains("watermark none yet"), status.out);
        assertTrue(status.out.contains(" MANUAL COMPLETED at "), status.out);

        // Re-importing needs Amazon: the demo's sandbox is gone with the demo. One clear line, exit 1.
        Result reimport = run("import", "order", "amazon-demo", ids.get(0), "--data", data.toString());
        assertEquals(1, reimport.exit, reimport.toString());
        assertEquals(1, reimport.err.lines().filter(l -> !l.isBlank()).count(), reimport.toString());
        assertTrue(reimport.err.startsWith("LWA token endpoint http://127.0.0.1:") && reimport.err.contains("unreachable"),
                reimport.toString());
        Result badId = run("import", "order", "amazon-demo", "12-34", "--data", data.toString());
        assertEquals(2, badId.exit, badId.toString());
        assertTrue(badId.err.contains("'12-34' is not an Amazon order id"), badId.err);
        Result noChannel = run("import", "run", "amazon-nowhere", "--data", data.toString());
        assertEquals(2, noChannel.exit, noChannel.toString());
        assertTrue(noChannel.err.contains("No Amazon channel 'amazon-nowhere'; channels: amazon-demo"), noChannel.err);
    }

    @Test
    void shippingBenchmarkRendersDocumentsInsideTheFramework() throws Exception {
        // JasperReports embedded in org.catura.documents fills and exports under OSGi class loading
        Result r = run("bench", "shipping", "--rounds", "1", "--seconds", "0.2", "--documents", "3");
        assertEquals(0, r.exit, r.toString());
        assertTrue(Pattern.compile("round 1: [\\d,]+ decisions in").matcher(r.out).find(), r.out);
        assertTrue(Pattern.compile("round 1: [\\d,.]+ delivery notes/s, [\\d,.]+ picking lists/s "
                + "\\([\\d,]+ KiB of PDF\\)").matcher(r.out).find(), r.out);
        assertFalse(r.err.contains("Exception"), "stderr: " + r.err);
    }

    @Test
    void importBenchmarkPrintsItsFigures() throws Exception {
        Result r = run("bench", "import", "--data", work.resolve("bench").toString(), "--only", "quota", "--orders",
                "2500", "--compression", "5000");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("(a) quotas on, time x5000: COMPLETED, 2500 orders in 25 pages (0 failed)"), r.out);
        assertTrue(Pattern.compile("throughput [\\d.]+ orders/s, ceiling [\\d.]+ orders/s: [\\d.]+ % of the quota "
                + "ceiling").matcher(r.out).find(), r.out);
        assertFalse(r.out.contains("(b)"), r.out);

        Result free = run("bench", "import", "--data", work.resolve("bench").toString(), "--only", "free", "--orders",
                "500", "--workers", "2");
        assertEquals(0, free.exit, free.toString());
        assertTrue(free.out.contains("(b) quotas off, 2 workers: COMPLETED, 500 orders imported"), free.out);
        assertTrue(Pattern.compile("response to completed sales order: \\d{3} orders in [\\d.]+ s: \\d+ orders/s")
                .matcher(free.out).find(), free.out);
        assertTrue(Pattern.compile("per order in those [\\d.]+ s: CPU [\\d.]+ ms in Java .*, [\\d.]+ ms in PostgreSQL; "
                + "statements [\\d.]+").matcher(free.out).find(), free.out);
        assertTrue(Pattern.compile("statements per order until every station is idle: [\\d.]+ \\(select [\\d.]+, insert")
                .matcher(free.out).find(), free.out);
    }

    @Test
    void theDemoServesTheWebUiWithItsLoginsAndTheApiWantsOne() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path out = Files.createTempFile(work, "web", ".txt");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "demo", "--data", work.resolve("web-data").toString(), "--orders", "1", "--port",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.readString(out).contains("Ctrl-C stops") && demo.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            String printed = Files.readString(out);
            assertTrue(printed.contains("Web UI: http://127.0.0.1:" + port + "/catura/"), printed);
            assertTrue(printed.contains("clerk / clerk-demo"), printed);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> login = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/catura/login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("password"), login.body());
            java.net.http.HttpResponse<String> api = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/orders")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, api.statusCode(), api.body());

            // An admin sees the demo channel through the Amazon plugin's settings, secrets never.
            java.net.http.HttpClient admin = java.net.http.HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager()).build();
            java.net.http.HttpResponse<String> signIn = admin.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/login"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"admin-demo\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, signIn.statusCode(), signIn.body());
            java.net.http.HttpResponse<String> channels = admin.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/channels")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, channels.statusCode(), channels.body());
            assertTrue(channels.body().contains("\"amazon-demo\""), channels.body());
            assertTrue(channels.body().contains("clientSecret") && !channels.body().contains("sandbox-client-secret")
                    && !channels.body().contains("sandbox-refresh-token"), channels.body());
        } finally {
            demo.destroy();
            if (!demo.waitFor(60, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    @Test
    void misspelledKeyIsNamedWithExitCode2() throws Exception {
        Path config = write("bad.properties", "database.url=jdbc:postgresql://localhost:1/x\n"
                + "database.user=u\ndatabse.password=secret\n");
        Result r = run("run", "--config", config.toString());
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("Unknown key 'databse.password'"), r.err);
        assertTrue(r.err.contains("did you mean 'database.password'"), r.err);
    }

    @Test
    void missingKeyAndBadValueAreNamed() throws Exception {
        Result missing = run("run", "--config",
                write("missing.properties", "database.url=jdbc:postgresql://localhost:1/x\n").toString());
        assertEquals(2, missing.exit, missing.toString());
        assertTrue(missing.err.contains("Missing key 'database.user'"), missing.err);

        Result badValue = run("run", "--config", write("value.properties",
                "database.url=jdbc:postgresql://localhost:1/x\ndatabase.user=u\ndatabase.poolSize=lots\n").toString());
        assertEquals(2, badValue.exit, badValue.toString());
        assertTrue(badValue.err.contains("'database.poolSize'") && badValue.err.contains("'lots'"), badValue.err);
    }

    @Test
    void unreachableDatabaseIsOneClearLine() throws Exception {
        Path config = write("unreachable.properties",
                "database.url=jdbc:postgresql://localhost:1/x\ndatabase.user=u\ndatabase.password=p\n");
        Result r = run("run", "--config", config.toString());
        assertEquals(1, r.exit, r.toString());
        List<String> lines = r.err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "stderr: " + r.err);
        assertTrue(lines.get(0).startsWith("Cannot connect to PostgreSQL at jdbc:postgresql://localhost:1/x: "),
                lines.get(0));
        assertTrue(lines.get(0).contains("refused"), lines.get(0));
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + from.length());
        assertTrue(start >= 0 && end > start, "no section " + from + " in:\n" + text);
        return text.substring(start + from.length(), end).lines().filter(l -> !l.isBlank()).toList();
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("catura " + String.join(" ", args) + " did not finish:\n" + Files.readString(out)
                    + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
