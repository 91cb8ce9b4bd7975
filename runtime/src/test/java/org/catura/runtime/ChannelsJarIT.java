package org.catura.runtime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Amazon channels from nothing, through the exported jar as a merchant meets them: the command
 * line on a fresh PostgreSQL with {@code run --config} configurations (with and without
 * {@code amazon.allowedHosts}), and the REST API and the "New Amazon channel" page in Chromium on
 * {@code catura demo}. The seller's Amazon is an SP-API sandbox in this JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelsJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One folder for the whole class, under target/: the demo's database outlives each test method. */
    Path work;

    Path jar;
    SpApiSandbox amazon;
    TestDatabase postgres;
    Process demo;
    String ui;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "channels-it-");
        jar = Path.of(System.getProperty("catura.jar", "target/catura.jar"));
        assertTrue(Files.isRegularFile(jar), "exported runtime missing: " + jar);
        amazon = new SpApiSandbox(SandboxSettings.defaults()).start();
        postgres = TestDatabase.empty();
    }

    @AfterAll
    void stop() throws Exception {
        if (demo != null) {
            demo.destroy();
            if (!demo.waitFor(60, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
        amazon.close();
        postgres.close();
    }

    // ------------------------------------------------------------------ the command line, run --config

    @Test
    void channelsAreAddedListedAndTestedOnTheCommandLineWithAllowedHostsRefusedAndAccepted() throws Exception {
        Path amazonOnly = config("amazon-only.properties", "");
        Path sandboxAllowed = config("sandbox.properties", "amazon.allowedHosts=" + amazonHostPort() + "\n");
        String secrets = amazon.settings().clientSecret() + "\n" + amazon.settings().refreshToken() + "\n";

        Result added = run(secrets, "channels", "add", "amazon-eu", "--region", "EU", "--marketplaces", "Germany,France",
                "--seller-id", "A2SELLER", "--client-id", "amzn1.application-oa2-client.cli", "--config",
                amazonOnly.toString());
        assertEquals(0, added.exit, added.toString());
        assertEquals("Channel amazon-eu created: Germany, France; seller A2SELLER; region EU.\n"
                + "Order sync is off. Test the connection with: catura channels test amazon-eu\n", added.out);

        Result noSecrets = run("", "channels", "add", "amazon-nosecret", "--region", "EU", "--marketplaces", "Germany",
                "--seller-id", "A2", "--client-id", "c", "--config", amazonOnly.toString());
        assertEquals(2, noSecrets.exit, noSecrets.toString());
        assertTrue(noSecrets.err.contains("on standard input, one per line"), noSecrets.err);

        Result wrongRegion = run(secrets, "channels", "add", "amazon-na", "--region", "NA", "--marketplaces", "Germany",
                "--seller-id", "A2", "--client-id", "c", "--config", amazonOnly.toString());
        assertEquals(2, wrongRegion.exit, wrongRegion.toString());
        assertEquals("--marketplaces: Germany is served by region EU, not NA", wrongRegion.err.strip());

        // the sandbox is not Amazon: refused where no host is allowed, and nothing is sent to it
        amazon.clearCalls();
        String[] onSandbox = {"--endpoint", amazon.endpoint().toString(), "--token-url", amazon.tokenUrl().toString()};
        Result refused = run(secrets, concat(new String[] {"channels", "add", "amazon-sbx", "--region", "EU",
                "--marketplaces", "Germany,France", "--seller-id", "A2SANDBOX", "--client-id",
                amazon.settings().clientId(), "--config", amazonOnly.toString()}, onSandbox));
        assertEquals(2, refused.exit, refused.toString());
        assertTrue(refused.err.contains("--endpoint") && refused.err.contains("amazon.allowedHosts"), refused.err);

        Result accepted = run(secrets, concat(new String[] {"channels", "add", "amazon-sbx", "--region", "EU",
                "--marketplaces", "Germany,France", "--seller-id", "A2SANDBOX", "--client-id",
                amazon.settings().clientId(), "--config", sandboxAllowed.toString()}, onSandbox));
        assertEquals(0, accepted.exit, accepted.toString());
        assertTrue(accepted.out.startsWith("Channel amazon-sbx created: Germany, France; seller A2SANDBOX; endpoint "
                + amazon.endpoint()), accepted.out);

        Result tested = run("", "channels", "test", "amazon-sbx", "--config", sandboxAllowed.toString());
        assertEquals(0, tested.exit, tested.toString());
        assertTrue(tested.out.startsWith("Connected: signed in to Amazon; seller A2SANDBOX participates in Germany, "
                + "France,"), tested.out);
        assertTrue(tested.out.contains("\n  Germany (A1PA6795UKMFR9, www.amazon.de), store 'Catura Sandbox Store'\n"),
                tested.out);
        int callsSoFar = amazon.calls().size();

        // the same stored channel where its host is no longer allowed: kept, but never signed in to
        Result notAllowed = run("", "channels", "test", "amazon-sbx", "--config", amazonOnly.toString());
        assertEquals(1, notAllowed.exit, notAllowed.toString());
        assertTrue(notAllowed.err.startsWith("Amazon channel 'amazon-sbx' is not signed in to, and its secrets were "
                + "not sent: SP-API endpoint host '" + amazonHostPort() + "' is not Amazon's"), notAllowed.err);
        assertEquals(callsSoFar, amazon.calls().size(), "nothing reached the host");

        Result listed = run("", "channels", "list", "--config", amazonOnly.toString());
        assertEquals(0, listed.exit, listed.toString());
        assertEquals("amazon-eu: Germany, France; seller A2SELLER; region EU; order sync off; secrets set\n"
                + "amazon-sbx: Germany, France; seller A2SANDBOX; endpoint " + amazon.endpoint()
                + "; order sync off; secrets set\n", listed.out);

        Result badKey = run("", "channels", "list", "--config", config("bad-hosts.properties",
                "amazon.allowedHosts=127.0.0.1:8443, not a host\n").toString());
        assertEquals(2, badKey.exit, badKey.toString());
        assertTrue(badKey.err.contains("Bad value for 'amazon.allowedHosts'") && badKey.err.contains("'not a host'"),
                badKey.err);

        Result unknown = run("", "channels", "test", "amazon-nowhere", "--config", amazonOnly.toString());
        assertEquals(2, unknown.exit, unknown.toString());
        assertTrue(unknown.err.contains("No Amazon channel 'amazon-nowhere'"), unknown.err);
    }

    // ------------------------------------------------------------------ the REST API and the page, catura demo

    @Test
    void theApiCreatesAChannelRefusesBadFieldsAndClerksAndTellsEachConnectionFailure() throws Exception {
        startDemo();
        Api clerk = Api.signIn(ui, "clerk", "clerk-demo");
        HttpResponse<String> forbidden = clerk.post("/api/channels", channel("amazon-clerk"));
        assertEquals(403, forbidden.statusCode(), forbidden.body());
        assertTrue(forbidden.body().contains("admin role"), forbidden.body());

        Api admin = Api.signIn(ui, "admin", "admin-demo");
        Map<String, Object> noRegion = channel("amazon-api-bad");
        noRegion.remove("region");
        assertRefused(admin.post("/api/channels", noRegion), "region", "Region is missing");
        Map<String, Object> noToken = channel("amazon-api-bad");
        noToken.remove("refreshToken");
        assertRefused(admin.post("/api/channels", noToken), "refreshToken", "refresh token is missing");
        Map<String, Object> badCountry = channel("amazon-api-bad");
        badCountry.put("marketplaces", List.of("Germany", "Atlantis"));
        assertRefused(admin.post("/api/channels", badCountry), "marketplaces", "'Atlantis' is not one Catura knows");
        Map<String, Object> notAllowed = channel("amazon-api-bad");
        notAllowed.put("endpoint", "http://192.0.2.1:8443");
        assertRefused(admin.post("/api/channels", notAllowed), "endpoint", "amazon.allowedHosts=192.0.2.1:8443");

        HttpResponse<String> created = admin.post("/api/channels", channel("amazon-api"));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = JSON.readTree(created.body());
        assertEquals("amazon-api", body.path("channelId").asText());
        assertEquals("false", body.path("values").path("syncEnabled").asText(), "order sync starts off");
        assertEquals("A1PA6795UKMFR9,A13V1IB3VIYZZH", body.path("values").path("marketplaces").asText());
        assertFalse(created.body().contains(amazon.settings().clientSecret())
                || created.body().contains(amazon.settings().refreshToken()), "secrets are never shown back");
        assertRefused(admin.post("/api/channels", channel("amazon-api")), "name", "exists already");

        JsonNode ok = admin.test("amazon-api");
        assertTrue(ok.path("ok").asBoolean(), ok.toString());
        assertTrue(ok.path("message").asText().contains("participates in Germany, France"), ok.toString());

        Map<String, Object> wrongSecret = channel("amazon-api-secret");
        wrongSecret.put("clientSecret", "wrong-secret");
        assertEquals(201, admin.post("/api/channels", wrongSecret).statusCode());
        assertFailed(admin.test("amazon-api-secret"), "client id or client secret (invalid_client)");

        Map<String, Object> revoked = channel("amazon-api-token");
        revoked.put("refreshToken", "Atzr|revoked");
        assertEquals(201, admin.post("/api/channels", revoked).statusCode());
        assertFailed(admin.test("amazon-api-token"), "refresh token (invalid_grant)");

        amazon.sellers().participateOnlyIn(List.of("A1PA6795UKMFR9"));
        try {
            assertFailed(admin.test("amazon-api"), "does not participate in France");
        } finally {
            amazon.sellers().participateOnlyIn(List.of("A1PA6795UKMFR9", "A13V1IB3VIYZZH", "APJ6JRA9NG5V4",
                    "A1RKKUPIHCS9HS", "A1F83G8C2ARO7P", "A1805IZSGTT6HS", "AMEN7PMS3EDWL", "A1C3SOZRARQ6R3",
                    "A2NODRKZP88ZB9"));
        }
        amazon.faults().deny(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS);
        try {
            assertFailed(admin.test("amazon-api"), "the app is not authorised for this seller in this region");
        } finally {
            amazon.faults().allow(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS);
        }
        amazon.faults().throttleNext(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS, 1);
        assertFailed(admin.test("amazon-api"), "Amazon throttled the call (HTTP 429 QuotaExceeded");

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Map<String, Object> unreachable = channel("amazon-api-network");
        unreachable.put("endpoint", "http://127.0.0.1:" + closed);
        unreachable.put("tokenUrl", "http://127.0.0.1:" + closed + "/auth/o2/token");
        assertEquals(201, admin.post("/api/channels", unreachable).statusCode());
        assertFailed(admin.test("amazon-api-network"), "Cannot reach Login with Amazon at 127.0.0.1");

        // a host the operator allowed with catura demo --allow-host
        Map<String, Object> viaLocalhost = channel("amazon-api-localhost");
        viaLocalhost.put("endpoint", "http://localhost:" + amazon.endpoint().getPort());
        viaLocalhost.put("tokenUrl", "http://localhost:" + amazon.endpoint().getPort() + "/auth/o2/token");
        assertEquals(201, admin.post("/api/channels", viaLocalhost).statusCode());
        assertTrue(admin.test("amazon-api-localhost").path("ok").asBoolean());
        Map<String, Object> otherPort = channel("amazon-api-otherport");
        otherPort.put("endpoint", "http://localhost:" + closed);
        assertRefused(admin.post("/api/channels", otherPort), "endpoint", "amazon.allowedHosts=localhost:" + closed);

        // pointing a stored channel elsewhere needs both secrets again, or its secrets would follow the URL
        String moved = "http://localhost:" + amazon.endpoint().getPort();
        assertRefused(admin.put("/api/channels/amazon-api", Map.of("endpoint", moved)), "clientSecret",
                "LWA client secret is needed because the SP-API endpoint changes");
        assertRefused(admin.put("/api/channels/amazon-api", Map.of("tokenUrl", moved + "/auth/o2/token",
                "clientSecret", amazon.settings().clientSecret())), "refreshToken",
                "LWA refresh token is needed because the LWA token URL changes");
        HttpResponse<String> movedOk = admin.put("/api/channels/amazon-api", Map.of("endpoint", moved,
                "clientSecret", amazon.settings().clientSecret(), "refreshToken", amazon.settings().refreshToken()));
        assertEquals(200, movedOk.statusCode(), movedOk.body());
        assertTrue(admin.test("amazon-api").path("ok").asBoolean());
    }

    @Test
    void anAdminCreatesAChannelOnThePageTestsItAndSwitchesSyncOn() throws Exception {
        startDemo();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--no-first-run", "--disable-sync")))) {
            Page clerk = signIn(browser, "clerk", "clerk-demo");
            com.microsoft.playwright.Response denied = clerk.navigate(ui + "/catura/channels/new/amazon");
            assertEquals(403, denied.status());

            Page page = signIn(browser, "admin", "admin-demo");
            page.navigate(ui + "/catura/channels");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New Amazon channel")).click();
            assertThat(page).hasURL(Pattern.compile(".*/catura/channels/new/amazon"));
            page.getByLabel("Channel name").fill("amazon-page");
            page.getByLabel("Region").selectOption("NA");
            page.getByLabel("Germany").check();
            page.getByLabel("France").check();
            page.getByLabel("Seller id").fill("A2PAGESELLER");
            page.getByLabel("LWA client id").fill(amazon.settings().clientId());
            page.getByLabel("LWA client secret").fill(amazon.settings().clientSecret());
            page.getByLabel("LWA refresh token").fill(amazon.settings().refreshToken());
            page.getByLabel("SP-API endpoint").fill(amazon.endpoint().toString());
            page.getByLabel("LWA token URL").fill(amazon.tokenUrl().toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create channel")).click();

            // refused: the form comes back with the typed values, the field marked, the secrets empty
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Germany is served by region EU, not NA");
            assertThat(page.locator(".field.invalid")).containsText("Marketplaces");
            assertThat(page.getByLabel("Channel name")).hasValue("amazon-page");
            assertThat(page.getByLabel("Germany")).isChecked();
            assertThat(page.getByLabel("LWA client secret")).hasValue("");

            page.getByLabel("Region").selectOption("EU");
            page.getByLabel("LWA client secret").fill(amazon.settings().clientSecret());
            page.getByLabel("LWA refresh token").fill(amazon.settings().refreshToken());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create channel")).click();
            assertThat(page).hasURL(Pattern.compile(".*/catura/channels/amazon-page"));
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Channel amazon-page created; order sync is off");
            assertThat(page.locator("#secret-clientSecret")).hasText("set");
            assertFalse(page.content().contains(amazon.settings().clientSecret()), "the secret is never shown back");
            assertThat(page.getByLabel("Order sync enabled")).not().isChecked();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Test connection")).click();
            assertThat(page.locator("#test-result")).containsText("Connected: signed in to Amazon; seller A2PAGESELLER"
                    + " participates in Germany, France");
            assertThat(page.locator("#test-details")).containsText("France (A13V1IB3VIYZZH, www.amazon.fr)");

            page.getByLabel("Order sync enabled").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Saved: syncEnabled");
            assertThat(page.getByLabel("Order sync enabled")).isChecked();

            // a new endpoint is saved only with both secrets typed again
            String moved = "http://localhost:" + amazon.endpoint().getPort();
            page.getByLabel("SP-API endpoint").fill(moved);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText(
                    "LWA client secret is needed because the SP-API endpoint changes");
            assertThat(page.locator(".field.invalid")).containsText("LWA client secret");
            assertThat(page.getByLabel("SP-API endpoint")).hasValue(moved);
            page.getByLabel("LWA client secret").fill(amazon.settings().clientSecret());
            page.getByLabel("LWA refresh token").fill(amazon.settings().refreshToken());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Saved: endpoint");
            assertThat(page.getByLabel("SP-API endpoint")).hasValue(moved);
        }
    }

    // ------------------------------------------------------------------ helpers

    private Page signIn(Browser browser, String user, String password) {
        Page page = browser.newContext().newPage();
        com.microsoft.playwright.Response login = page.navigate(ui + "/catura/login");
        assertEquals(200, login.status(), ui + ": " + login.text());
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/catura/"));
        return page;
    }

    /** {@code catura demo} with the web UI, allowing localhost on the sandbox's port; started once. */
    private synchronized void startDemo() throws Exception {
        if (demo != null) {
            return;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path out = work.resolve("demo.out");
        demo = new ProcessBuilder(java(), "-jar", jar.toString(), "demo", "--data", work.resolve("demo").toString(),
                "--port", Integer.toString(port), "--orders", "0", "--per-minute", "0", "--allow-host",
                "localhost:" + amazon.endpoint().getPort()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        // the demo prints the web UI's address when it asks for the server, and its last line once users exist
        while (!Files.readString(out).contains("Ctrl-C stops.")) {
            assertTrue(demo.isAlive(), "the demo ended: " + Files.readString(out));
            assertTrue(System.nanoTime() < deadline, "no web UI after 180 s: " + Files.readString(out));
            Thread.sleep(250);
        }
        ui = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(ui + "/catura/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            assertTrue(System.nanoTime() < deadline, "the web UI does not answer: " + Files.readString(out));
            Thread.sleep(250);
        }
    }

    private Map<String, Object> channel(String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("region", "EU");
        c.put("marketplaces", List.of("Germany", "France"));
        c.put("sellerId", "A2APISELLER");
        c.put("clientId", amazon.settings().clientId());
        c.put("clientSecret", amazon.settings().clientSecret());
        c.put("refreshToken", amazon.settings().refreshToken());
        c.put("endpoint", amazon.endpoint().toString());
        c.put("tokenUrl", amazon.tokenUrl().toString());
        return c;
    }

    private static void assertRefused(HttpResponse<String> r, String field, String text) throws IOException {
        assertEquals(422, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(field, body.path("field").asText(), r.body());
        assertTrue(body.path("error").asText().contains(text), r.body());
    }

    private static void assertFailed(JsonNode test, String text) {
        assertFalse(test.path("ok").asBoolean(), test.toString());
        assertTrue(test.path("message").asText().contains(text), test.toString());
    }

    private String amazonHostPort() {
        return "127.0.0.1:" + amazon.endpoint().getPort();
    }

    private Path config(String name, String extra) throws IOException {
        return Files.writeString(work.resolve(name), "database.url=" + postgres.jdbcUrl() + "\ndatabase.user=postgres\n"
                + "http.port=0\nsecrets.keyFile=" + work.resolve("secret.key") + "\n" + extra, StandardCharsets.UTF_8);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Result run(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path in = Files.writeString(Files.createTempFile(work, "in", ".txt"), stdin);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("catura " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** The REST API as a script uses it: sign in, then the CSRF token on every write. */
    private record Api(HttpClient http, String base, String csrf) {

        static Api signIn(String base, String user, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("username", user, "password", password)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return new Api(http, base, JSON.readTree(r.body()).path("csrfToken").asText());
        }

        HttpResponse<String> post(String path, Object body) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> put(String path, Object body) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode test(String channel) throws Exception {
            HttpResponse<String> r = post("/api/channels/" + channel + "/test", Map.of());
            assertEquals(200, r.statusCode(), r.body());
            return JSON.readTree(r.body());
        }
    }
}
