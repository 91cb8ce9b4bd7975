package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoProduct;
import org.catura.sandbox.spapi.ItemTaxes;
import org.catura.sandbox.spapi.OrderChoice;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merchant's first hour, end to end: the exported runtime jar, {@code catura run --config} on a
 * fresh, empty PostgreSQL, and every other step through the commands and HTTP endpoints a person
 * uses. Each step is a test of its own, run in order on what the steps before it left; a failed
 * step skips the ones after it. A new step goes after the last, with the next {@link Order}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingIT {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "onboarding-admin-1";
    static final String CHANNEL = "amazon-de";
    static final ObjectMapper JSON = new ObjectMapper();
    /** Two of {@code runtime/examples/products.csv}: a standard-rate mug and a reduced-rate book. */
    static final DemoProduct MUG = new DemoProduct("MUG-BLUE", "Coffee mug, blue, 350 ml", new BigDecimal("12.90"),
            false);
    static final DemoProduct BOOK = new DemoProduct("BOOK-COOK", "Cooking for two (hardcover book)",
            new BigDecimal("24.00"), true);

    @TempDir
    static Path work;

    static EmbeddedPostgres postgres;
    /** Amazon, for a German seller not enrolled in Amazon's VAT Calculation Service. */
    static SpApiSandbox amazon;
    static Path config;
    static int port;
    static String base;
    /** {@code catura run}, started by the first step and running until the last. */
    static CaturaProcess run;
    /** Signed in as the admin by the step that signs in. */
    static Http admin;

    private static boolean failed;

    @RegisterExtension
    static final TestWatcher STOP_AFTER_A_FAILED_STEP = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    };

    @BeforeAll
    static void emptyDatabaseAndItsConfiguration() throws Exception {
        // The runtime's classes carry the same binaries as zonky's jar; either copy will do.
        postgres = EmbeddedPostgres.builder().setPgBinaryResolver((system, hardware) -> OnboardingIT.class
                .getResourceAsStream("/postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + hardware
                        + ".txz")).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database catura");
        }
        amazon = new SpApiSandbox(SandboxSettings.defaults().withCatalogue(List.of(MUG, BOOK))
                .withItemTaxes(DemoMarketplace.DE, ItemTaxes.ABSENT)).start();
        port = Http.freePort();
        base = "http://127.0.0.1:" + port;
        config = Files.writeString(work.resolve("catura.properties"), String.join("\n",
                "database.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/catura",
                "database.user=postgres",
                "node.name=onboarding-1",
                "http.port=" + port,
                "secrets.keyFile=" + work.resolve("secret.key"),
                "amazon.allowedHosts=127.0.0.1:" + amazon.endpoint().getPort()) + "\n", StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopRunAndDatabase() throws Exception {
        if (run != null) {
            run.close();
        }
        if (amazon != null) {
            amazon.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void earlierStepsPassed() {
        Assumptions.assumeFalse(failed, "an earlier step failed");
    }

    @Test
    @Order(10)
    void runOnAnEmptyDatabaseSaysInOneLineHowToCreateTheFirstAdministrator() throws Exception {
        run = CaturaProcess.start(work, "run", "--config", config.toString());
        String printed = run.awaitOutput("Ctrl-C stops", Duration.ofSeconds(180));
        printed = run.awaitOutput("No administrator", Duration.ofSeconds(30));
        assertTrue(printed.contains("Web UI: " + base + "/catura/"), printed);
        List<String> hint = printed.lines().filter(l -> l.contains("administrator")).toList();
        assertEquals(List.of("No administrator can sign in yet: create one with  catura users add NAME --role admin"
                + " --config " + config), hint, printed);
        Thread.sleep(2000);
        assertTrue(run.alive(), "run keeps running without an administrator:\n" + run.printed());
    }

    @Test
    @Order(20)
    void usersAddCreatesTheAdministratorWithThePasswordFromStandardInput() throws Exception {
        CaturaProcess.Result tooShort = CaturaProcess.run(work, "short\n", "users", "add", ADMIN, "--role", "admin",
                "--config", config.toString());
        assertEquals(2, tooShort.exit(), tooShort.toString());
        assertTrue(tooShort.err().contains("must have at least 8 characters"), tooShort.toString());

        CaturaProcess.Result added = CaturaProcess.run(work, ADMIN_PASSWORD + "\n", "users", "add", ADMIN, "--role",
                "admin", "--display-name", "Merchant Admin", "--config", config.toString());
        assertEquals(0, added.exit(), added.toString());
        assertEquals("User admin (Merchant Admin) added as admin; signs in at /catura/login", added.out().strip());
        assertFalse(added.out().contains(ADMIN_PASSWORD) || added.err().contains(ADMIN_PASSWORD), added.toString());

        CaturaProcess.Result taken = CaturaProcess.run(work, ADMIN_PASSWORD + "\n", "users", "add", ADMIN, "--role",
                "clerk", "--config", config.toString());
        assertEquals(2, taken.exit(), taken.toString());
        assertTrue(taken.err().contains("A user 'admin' exists already"), taken.toString());

        CaturaProcess.Result listed = CaturaProcess.run(work, null, "users", "list", "--config", config.toString());
        assertEquals(0, listed.exit(), listed.toString());
        assertTrue(listed.out().lines().anyMatch(l -> l.matches("admin +Merchant Admin +admin +yes +no")),
                listed.out());
        assertTrue(listed.out().contains("1 user(s)"), listed.out());
    }

    @Test
    @Order(30)
    void theAdministratorSignsInOverHttp() throws Exception {
        Http stranger = new Http(base);
        assertEquals(401, stranger.signIn(ADMIN, "not-the-password").statusCode());
        assertEquals(401, stranger.get("/api/orders").statusCode());

        admin = new Http(base);
        HttpResponse<String> signedIn = admin.signIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        HttpResponse<String> channels = admin.get("/api/channels");
        assertEquals(200, channels.statusCode(), "an admin's endpoint: " + channels.body());
        assertEquals(200, admin.get("/api/orders").statusCode());
    }

    @Test
    @Order(40)
    void theServersRootLeadsToTheWebUi() throws Exception {
        HttpResponse<String> root = new Http(base).get("/");
        assertTrue(root.statusCode() == 302 || root.statusCode() == 303, root.statusCode() + " " + root.body());
        String location = root.headers().firstValue("Location").orElseThrow();
        assertTrue(location.equals("/catura/") || location.equals(base + "/catura/"), location);
        HttpResponse<String> login = new Http(base).get("/catura/login");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("password"), login.body());
    }

    @Test
    @Order(50)
    void productsAndStockComeFromTheirFilesAndABrokenFileIsRefusedWhole() throws Exception {
        Path examples = Path.of("examples").toAbsolutePath();
        CaturaProcess.Result products = CaturaProcess.run(work, null, "products", "import",
                examples.resolve("products.csv").toString(), "--config", config.toString());
        assertEquals(0, products.exit(), products.toString());
        assertTrue(products.out().contains("4 product(s) created, 0 updated"), products.out());

        Path broken = Files.writeString(work.resolve("more-products.csv"), String.join("\n",
                "sku,name,gtin,weight_kg,length_cm,width_cm,height_cm,tax_category,list_price",
                "CUP-RED,Red cup,,0.2,8,8,9,standard,7.50",
                "CUP-GOLD,Gold cup,,heavy,8,8,9,luxury,99") + "\n", StandardCharsets.UTF_8);
        CaturaProcess.Result refused = CaturaProcess.run(work, null, "products", "import", broken.toString(),
                "--config", config.toString());
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("line 3, weight_kg: 'heavy' is not a number"), refused.toString());
        assertTrue(refused.err().contains("line 3, tax_category: 'luxury'"), refused.toString());
        CaturaProcess.Result listed = CaturaProcess.run(work, null, "products", "list", "CUP", "--config",
                config.toString());
        assertFalse(listed.out().contains("CUP-RED"), "nothing of a refused file is stored: " + listed.out());

        CaturaProcess.Result stock = CaturaProcess.run(work, null, "stock", "import",
                examples.resolve("stock.csv").toString(), "--config", config.toString());
        assertEquals(0, stock.exit(), stock.toString());
        assertTrue(stock.out().contains("4 counted for the first time"), stock.out());
    }

    @Test
    @Order(60)
    void theCompanyIsSetWithItsVatIdAndBankAccount() throws Exception {
        CaturaProcess.Result badIban = CaturaProcess.run(work, null, "company", "set", "--legal-name",
                "Onboarding Handel GmbH", "--street", "Hauptstr. 5", "--postal", "10115", "--city", "Berlin",
                "--country", "DE", "--iban", "DE89 3704 0044 0532 0130 01", "--config", config.toString());
        assertEquals(1, badIban.exit(), badIban.toString());
        assertTrue(badIban.err().contains("wrong check digits"), badIban.toString());

        CaturaProcess.Result set = CaturaProcess.run(work, null, "company", "set", "--legal-name",
                "Onboarding Handel GmbH", "--street", "Hauptstr. 5", "--postal", "10115", "--city", "Berlin",
                "--country", "DE", "--vat-id", "DE123456789", "--iban", "DE89 3704 0044 0532 0130 00", "--oss",
                "no", "--config", config.toString());
        assertEquals(0, set.exit(), set.toString());
        assertTrue(set.out().contains("Onboarding Handel GmbH") && set.out().contains("DE123456789"), set.out());
    }

    @Test
    @Order(70)
    void theAmazonChannelIsCreatedThroughTheApiWithSyncOffAndItsConnectionTested() throws Exception {
        ObjectNode channel = JSON.createObjectNode().put("name", CHANNEL).put("region", "EU")
                .put("sellerId", "A2ONBOARDING").put("clientId", amazon.settings().clientId())
                .put("clientSecret", amazon.settings().clientSecret())
                .put("refreshToken", amazon.settings().refreshToken())
                .put("endpoint", amazon.endpoint().toString()).put("tokenUrl", amazon.tokenUrl().toString());
        channel.putArray("marketplaces").add("Germany");

        HttpResponse<String> created = admin.postJson("/api/channels", channel.toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = JSON.readTree(created.body());
        assertEquals("false", body.path("values").path("syncEnabled").asText(), "order sync starts off");
        assertFalse(created.body().contains(amazon.settings().clientSecret()), "secrets are never shown back");

        JsonNode tested = JSON.readTree(admin.postJson("/api/channels/" + CHANNEL + "/test", "{}").body());
        assertTrue(tested.path("ok").asBoolean(), tested.toString());
        assertTrue(tested.path("message").asText().contains("participates in Germany"), tested.toString());
    }

    @Test
    @Order(80)
    void withSyncSwitchedOnAmazonsOrdersWithoutTaxAmountsAreImportedTaxedByTheErpAndReleased() throws Exception {
        // A seller outside Amazon's VAT service: amazon.de sends no ItemTax; the ERP decides 19 % and 7 %.
        Instant placed = Instant.now().minus(Duration.ofMinutes(20));
        List<String> ids = List.of(
                amazon.orders().place(placed, Set.of(), OrderChoice.of(DemoMarketplace.DE, MUG)),
                amazon.orders().place(placed.plusSeconds(60), Set.of(), OrderChoice.of(DemoMarketplace.DE, BOOK)));
        HttpResponse<String> on = admin.putJson("/api/channels/" + CHANNEL, "{\"syncEnabled\":\"true\"}");
        assertEquals(200, on.statusCode(), on.body());

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Map<String, String> states = Map.of();
        while (System.nanoTime() < deadline) {
            states = states(ids);
            if (states.size() == ids.size() && states.values().stream().allMatch("SHIPMENT_CREATED"::equals)) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(Map.of(ids.get(0), "SHIPMENT_CREATED", ids.get(1), "SHIPMENT_CREATED"), states,
                "both orders imported, entered, released and their delivery notes created; queue: "
                        + admin.get("/api/queue").body());

        assertEquals(List.of(new BigDecimal("19")), taxRates(ids.get(0)), "the mug at Germany's standard rate");
        assertEquals(List.of(new BigDecimal("7")), taxRates(ids.get(1)), "the book at Germany's reduced rate");

        HttpResponse<String> queue = admin.get("/api/queue");
        assertEquals(200, queue.statusCode(), queue.body());
        for (String id : ids) {
            assertFalse(queue.body().contains(id), "not one of them waits for a clerk: " + queue.body());
        }
    }

    /** The tax rates on the sales order entered for the Amazon order, as the ERP keeps them. */
    private static List<BigDecimal> taxRates(String amazonOrderId) throws Exception {
        try (Connection c = postgres.getDatabase("postgres", "catura").getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("""
                        SELECT DISTINCT t.Rate FROM C_Order o
                          JOIN C_OrderTax ot ON ot.C_Order_ID = o.C_Order_ID
                          JOIN C_Tax t ON t.C_Tax_ID = ot.C_Tax_ID
                         WHERE o.POReference = ? ORDER BY t.Rate""")) {
            ps.setString(1, amazonOrderId);
            List<BigDecimal> rates = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rates.add(rs.getBigDecimal(1).stripTrailingZeros());
                }
            }
            return rates;
        }
    }

    /** Amazon order id → process state, of the orders the cockpit lists. */
    private static Map<String, String> states(List<String> amazonOrderIds) throws Exception {
        HttpResponse<String> orders = admin.get("/api/orders?channel=" + CHANNEL);
        assertEquals(200, orders.statusCode(), orders.body());
        Map<String, String> states = new java.util.TreeMap<>();
        for (JsonNode o : JSON.readTree(orders.body())) {
            if (amazonOrderIds.contains(o.path("externalId").asText())) {
                states.put(o.path("externalId").asText(), o.path("state").asText());
            }
        }
        return states;
    }
}
