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

    /** States the demo orders pass on the way to the delivery note. */
    private static final Set<String> BEFORE_DELIVERY_NOTE = Set.of("WAITING_AT_CHANNEL", "RECEIVED", "CUSTOMER_READY",
            "ORDER_ENTERED", "RELEASED");

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
                "org.catura.runtime", "org.apache.felix.scr", "org.apache.felix.http.jetty12", "slf4j.simple")) {
            assertTrue(bundleLines.stream().anyMatch(l -> l.contains(" " + name + " ")), name + " missing");
        }
        List<String> components = section(r.out, "Components:", "All bundles active");
        for (String component : List.of("PostgresDatabase", "EngineComponent", "CustomerStation",
                "SalesOrderStation", "ReleaseStation", "DeliveryNoteStation", "ErpComponent")) {
            String line = components.stream().filter(l -> l.contains("." + component + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(component + " not listed: " + components));
            assertTrue(line.trim().startsWith("OK") && line.endsWith("[active]"), line);
        }
        assertFalse(r.out.contains("PROBLEM"), r.out);
        assertTrue(r.out.contains("All bundles active, all components satisfied."), r.out);
        assertFalse(r.err.contains("Exception"), "stderr: " + r.err);
    }

    @Test
    void demoPushesOrdersThroughTheStationChain() throws Exception {
        Result r = run("demo", "--data", data.toString(), "--until-idle", "--orders", "5", "--seed", "42", "--port", "0");
        assertEquals(0, r.exit, r.toString());

        Matcher handed = Pattern.compile("Handed in (\\d{3}-\\d{7}-\\d{7}) from ([A-Z]{2})").matcher(r.out);
        List<String> ids = new ArrayList<>();
        while (handed.find()) {
            ids.add(handed.group(1));
        }
        assertEquals(5, ids.size(), r.out);

        Map<String, String> stateOf = new HashMap<>();
        Map<String, String> reasonOf = new HashMap<>();
        Matcher standing = Pattern.compile("^  (\\d{3}-\\d{7}-\\d{7})\\s+([A-Z_]+)(.*)$", Pattern.MULTILINE)
                .matcher(r.out.substring(r.out.indexOf("These orders now stand at:")));
        while (standing.find()) {
            stateOf.put(standing.group(1), standing.group(2));
            reasonOf.put(standing.group(1), standing.group(3));
        }
        assertEquals(Set.copyOf(ids), stateOf.keySet(), r.out);
        int withDeliveryNote = 0;
        for (String id : ids) {
            String state = stateOf.get(id);
            assertFalse(BEFORE_DELIVERY_NOTE.contains(state), id + " stuck at " + state + "\n" + r.out);
            if (state.equals("MANUAL_QUEUE")) {
                // Demo orders are well-formed: the only release rule they may trip is the large-order limit.
                assertTrue(reasonOf.get(id).contains("Large order"), id + " parked: " + reasonOf.get(id));
            } else {
                withDeliveryNote++;
            }
        }
        assertTrue(withDeliveryNote >= 1, "no order reached the delivery note:\n" + r.out);
        Matcher summary = Pattern.compile("^  SHIPMENT_CREATED +(\\d+)$", Pattern.MULTILINE)
                .matcher(r.out.substring(r.out.indexOf("Orders by state")));
        assertTrue(summary.find(), r.out);
        assertEquals(withDeliveryNote, Integer.parseInt(summary.group(1)), r.out);

        // The same orders, read back by another command from the kept data folder.
        Result listed = run("orders", "--json", "--data", data.toString());
        assertEquals(0, listed.exit, listed.toString());
        JsonNode orders = new ObjectMapper().readTree(listed.out);
        Map<String, String> listedStates = new HashMap<>();
        orders.forEach(o -> listedStates.put(o.get("externalId").asText(), o.get("state").asText()));
        for (String id : ids) {
            assertEquals(stateOf.get(id), listedStates.get(id), id);
        }
        orders.forEach(o -> assertEquals("amazon", o.get("channel").asText()));
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
            while (!Files.readString(out).contains("Handing in") && demo.isAlive() && System.nanoTime() < deadline) {
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
