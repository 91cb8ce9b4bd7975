package org.catura.webui.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.internal.AmazonComponent;
import org.catura.amazon.plugin.internal.channel.AllowedHosts;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.amazon.plugin.internal.client.RetryPolicy;
import org.catura.amazon.plugin.internal.imports.ImportObserver;
import org.catura.amazon.plugin.internal.imports.ImportService;
import org.catura.amazon.plugin.internal.imports.ImportSettings;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.testing.MovableClock;
import org.catura.ticket.internal.TicketSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The import errors page and its API in Debian's Chromium, against the real Amazon import on the
 * SP-API sandbox: orders the sandbox serves without a marketplace become import errors with tickets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportErrorPagesTest {

    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    final AtomicInteger channels = new AtomicInteger();
    final MovableClock clock = MovableClock.running();
    final ObjectMapper json = new ObjectMapper();
    Site site;
    SpApiSandbox sandbox;
    ChannelService channelService;
    ImportService imports;
    HeadlessChromium chromium;
    Browser browser;
    BrowserContext context;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
        TicketSchema.migrate(site.db);
        Migrations.migrate(site.db.dataSource(), "amazon", AmazonComponent.class.getClassLoader());
        AllowedHosts sandboxHost = AllowedHosts.of("127.0.0.1");
        channelService = new ChannelService(site.db, SECRETS, new org.catura.testing.TableIdSequences(), sandboxHost, () -> { });
        imports = new ImportService(site.db, site.process, channelService, new ChannelClients(SECRETS, sandboxHost,
                new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(50))), new ImportSettings(10,
                Duration.ofHours(24)), clock, ImportObserver.NONE, () -> Optional.of(site.tickets));
        site.imports.set(imports);
        chromium = new HeadlessChromium();
        browser = chromium.browser();
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        site.close();
    }

    @BeforeEach
    void newContext() throws Exception {
        // a sandbox of its own per test: a new channel would see the orders of the last one
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        context = browser.newContext();
    }

    @AfterEach
    void closeContext() {
        context.close();
        sandbox.close();
        // every test starts with no open import errors
        imports.openErrors(1000).forEach(e -> imports.skipOrder(e.channel(), e.amazonOrderId(), "cleanup"));
    }

    /** A channel whose import left two orders without a marketplace as open import errors. */
    List<String> channelWithTwoImportErrors() {
        String name = "amazon-web" + channels.incrementAndGet();
        channelService.save(AmazonChannel.of(name, "A2SANDBOXSELLER", sandbox.endpoint().toString(),
                sandbox.tokenUrl().toString(), List.of("A1PA6795UKMFR9", "A13V1IB3VIYZZH", "APJ6JRA9NG5V4", "A1RKKUPIHCS9HS", "A1F83G8C2ARO7P", "A1805IZSGTT6HS"), sandbox.settings().clientId())
                .withImportSince(clock.instant().minus(Duration.ofHours(4))),
                ChannelSecrets.of(sandbox.settings().clientSecret(), sandbox.settings().refreshToken()));
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(3, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        for (String id : ids.subList(0, 2)) {
            sandbox.faults().alterOrder(id, o -> ((ObjectNode) o.path("salesChannel")).remove("marketplaceId"));
        }
        var report = imports.runNow(name);
        assertEquals(2, imports.openErrorCount(), report.toString());
        return List.of(name, ids.get(0), ids.get(1));
    }

    Page signIn(String user) {
        Page page = context.newPage();
        page.navigate(site.url + "/catura/");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(Site.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Cockpit");
        return page;
    }

    String ticketStatus(String orderId) {
        return site.database.text("select status from catura_ticket where type = 'IMPORT_ERROR' and summary like ? "
                + "order by ticket_id desc limit 1", "%" + orderId + "%");
    }

    @Test
    void anAdminSeesTheErrorsFromTheCockpitRetriesOneThatAmazonNowServesWholeAndSkipsTheOther() {
        List<String> c = channelWithTwoImportErrors();
        String channel = c.get(0);
        String fixedAtAmazon = c.get(1);
        String hopeless = c.get(2);
        Page page = signIn("ada");

        assertThat(page.locator("p.import-errors")).containsText("2 open import errors");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2 open import errors")).click();
        assertThat(page.locator("h1")).containsText("Import errors");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
        var row = page.locator("#import-errors tr[data-order='" + hopeless + "']");
        assertThat(row).containsText(channel);
        assertThat(row).containsText("has no salesChannel.marketplaceId");
        assertThat(row.locator("td").nth(5)).hasText("1");
        assertEquals("OPEN", ticketStatus(hopeless));

        sandbox.faults().restoreOrder(fixedAtAmazon);
        page.locator("#import-errors tr[data-order='" + fixedAtAmazon + "']")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Retry"))
                .click();
        assertThat(page.locator(".flash")).hasText("Amazon order " + fixedAtAmazon + " imported; its ticket is closed.");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
        assertEquals(1, site.count("select count(*) from catura_order where channel = ? and external_id = ?", channel,
                fixedAtAmazon));
        assertEquals("CLOSED", ticketStatus(fixedAtAmazon));

        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Retry")).click();
        assertThat(page.locator(".flash")).containsText("Amazon order " + hopeless + " still cannot be imported");
        assertThat(page.locator("#import-errors tr[data-order='" + hopeless + "'] td").nth(5)).hasText("2");

        page.locator("#import-errors tr[data-order='" + hopeless + "']")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Skip"))
                .click();
        assertThat(page.locator(".flash")).hasText("Amazon order " + hopeless
                + " skipped: the import no longer tries it and its ticket is closed.");
        assertThat(page.locator("#import-errors tbody")).containsText("Every order came in.");
        assertEquals("CLOSED", ticketStatus(hopeless));
        assertEquals("ada", site.database.text("select resolved_by from amazon_import_error where amazon_order_id = ? "
                + "and channel = ?", hopeless, channel));
        page.navigate(site.url + "/catura/");
        assertThat(page.locator("p.import-errors")).containsText("0 open import errors");
    }

    @Test
    void aClerkSeesTheListWithoutButtonsAndIsRefusedSkipAndRetryOnPageAndApi() throws Exception {
        List<String> c = channelWithTwoImportErrors();
        String channel = c.get(0);
        String order = c.get(1);
        Page page = signIn("clara");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2 open import errors")).click();
        assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry"))).hasCount(0);
        assertThat(page.locator("main")).containsText("Only an admin can skip or retry them.");

        Client clerk = new Client(site.url);
        clerk.login("clara", Site.PASSWORD);
        assertEquals(403, clerk.post("/catura/import-errors/skip", "channel", channel, "order", order).statusCode());
        assertEquals(403, clerk.post("/catura/import-errors/retry", "channel", channel, "order", order).statusCode());
        HttpResponse<String> list = clerk.json("GET", "/api/import-errors", null, false);
        assertEquals(200, list.statusCode());
        JsonNode read = json.readTree(list.body());
        assertEquals(2, read.path("count").asInt());
        assertTrue(read.path("errors").get(0).path("message").asText().contains("marketplaceId"), list.body());
        assertTrue(read.path("errors").get(0).path("rawJson").isMissingNode(), "no buyer data over the API");
        String skip = "{\"channel\":\"" + channel + "\",\"amazonOrderId\":\"" + order + "\"}";
        assertEquals(403, clerk.json("POST", "/api/import-errors/skip", skip, true).statusCode());
        assertEquals(403, clerk.json("POST", "/api/import-errors/retry", skip, true).statusCode());
        assertEquals(2, imports.openErrorCount(), "nothing skipped by the clerk");

        Client admin = new Client(site.url);
        admin.login("ada", Site.PASSWORD);
        HttpResponse<String> retried = admin.json("POST", "/api/import-errors/retry", skip, true);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("FAILED", json.readTree(retried.body()).path("outcome").asText());
        HttpResponse<String> skipped = admin.json("POST", "/api/import-errors/skip", skip, true);
        assertEquals(200, skipped.statusCode(), skipped.body());
        assertEquals(404, admin.json("POST", "/api/import-errors/skip", skip, true).statusCode(), "already skipped");
        assertEquals(1, json.readTree(admin.json("GET", "/api/cockpit", null, false).body()).path("openImportErrors")
                .asInt());
    }
}
