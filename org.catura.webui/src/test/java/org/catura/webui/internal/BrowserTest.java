package org.catura.webui.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.regex.Pattern;
import com.microsoft.playwright.options.AriaRole;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.release.ReleaseRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The UI in Debian's Chromium, driven by Playwright, against the servlets on Jetty with the order
 * engine running in the background. Assertions look at the page and at the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    Site site;
    HeadlessChromium chromium;
    Browser browser;
    BrowserContext context;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
        site.engine.start();
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
    void newContext() {
        context = browser.newContext();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    Page signIn(BrowserContext ctx, String user, String password) {
        Page page = ctx.newPage();
        page.navigate(site.url + "/catura/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/catura/login.*"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    @Test
    void aClerkFixesAQueuedOrderSendsItBackAndSeesItMoveOn() {
        Page page = signIn(context, "clara", "wrong password");
        assertThat(page.locator(".error")).containsText("Wrong user name or password.");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/catura/login.*"));

        long order = site.queuedOrder("Browser Buyer");
        String externalId = site.view(order).externalId();
        page = signIn(context, "clara", Site.PASSWORD);
        assertThat(page.locator("h1")).hasText("Cockpit");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Manual queue").setExact(true)).click();
        page.getByText(externalId).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Take this order")).click();
        assertThat(page.locator(".flash")).containsText("You hold this order now.");

        page.getByLabel("SKU of line 1").fill("CAT-MUG-001");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save lines")).click();
        assertThat(page.locator(".flash")).containsText("Order lines replaced.");

        page.getByLabel("Comment").first().fill("Mapped the SKU to the mug");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Back to automation")).click();
        assertThat(page.locator(".flash")).containsText("Sent back to automation");

        // The engine runs in the background: reload the order page until the order has moved on.
        long deadline = System.currentTimeMillis() + 30_000;
        while (!page.locator("h1").textContent().contains("shipment created")
                && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(250);
            page.reload();
        }
        assertThat(page.locator("h1")).containsText("shipment created");
        assertThat(page.locator("#documents")).containsText("Shipment");
        assertEquals(OrderState.SHIPMENT_CREATED, site.view(order).state());
    }

    @Test
    void aClerkFindsTheCustomerByPostalCodePicksItAndTheOrderMovesOnWithThatPartner() {
        int partner = TestPartners.customer(site, "K-20459", "Kontor am Hafen", "20459", "Hamburg",
                "kontor@hafen.example");
        long order = site.queuedOrder("Hafen Neukunde");
        Page page = signIn(context, "clara", Site.PASSWORD);
        page.navigate(site.url + "/catura/queue/" + order);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take this order")).click();

        // htmx asks for the hits while the clerk types.
        page.getByLabel("Find a customer").fill("2");
        assertThat(page.locator("#partner-problem")).containsText("type at least 2 characters");
        page.getByLabel("Find a customer").fill("20459");
        Locator hits = page.locator("#partner-hits");
        assertThat(hits).containsText("Speicherstadt 3, 20459 Hamburg, DE");
        assertThat(hits).containsText("Postfach 1 20, 20459 Hamburg, DE");
        assertThat(hits).containsText("customer number K-20459");
        assertThat(hits.locator(".tag").filter(new Locator.FilterOptions().setHasText("ship-to"))).hasCount(1);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("Kontor am Hafen")))
                .check();
        page.getByLabel("Why").fill("same company, new buyer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose this customer")).click();
        assertThat(page.locator(".flash")).containsText("Customer changed.");
        assertThat(page.locator("#customer-card")).containsText("Now: Kontor am Hafen (customer number K-20459)");

        page.getByLabel("SKU of line 1").fill("CAT-MUG-001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save lines")).click();
        assertThat(page.locator(".flash")).containsText("Order lines replaced.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to automation")).click();
        assertThat(page.locator(".flash")).containsText("Sent back to automation");

        site.runUntil(order, v -> v.state() == OrderState.SHIPMENT_CREATED);
        assertEquals(Integer.valueOf(partner), site.view(order).documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals(partner, site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow().bpartnerId(),
                "the order went on with the chosen partner");
        assertEquals(0, site.count("select count(*) from catura_ticket_claim where order_id = ?", order),
                "it left the queue");
    }

    @Test
    void withoutJavaScriptTheSearchIsAFormAndTheChoiceAPost() {
        int partner = TestPartners.customer(site, "K-20097", "Ohne Skript GmbH", "20097", "Hamburg",
                "info@ohne-skript.example");
        long order = site.queuedOrder("Skriptlos Kunde");
        try (BrowserContext plain = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = signIn(plain, "carl", Site.PASSWORD);
            page.navigate(site.url + "/catura/queue/" + order);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take this order")).click();
            page.getByLabel("Find a customer").fill("nobody-at-all");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            assertThat(page.locator("#partner-problem")).containsText("No active customer matches");
            assertThat(page.locator("#partner-problem")).containsText("postal code");
            page.getByLabel("Find a customer").fill("info@OHNE-skript.example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile(".*q=info%40OHNE-skript.example.*"));
            assertThat(page.locator("#partner-hits")).containsText("Speicherstadt 3, 20097 Hamburg, DE");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("Ohne Skript GmbH")))
                    .check();
            page.getByLabel("Why").fill("e-mail matches");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose this customer")).click();
            assertThat(page.locator(".flash")).containsText("Customer changed.");
        }
        assertEquals(Integer.valueOf(partner), site.view(order).documents().get(DocumentKind.BUSINESS_PARTNER));
    }

    @Test
    void twoClerksClaimTheSameOrderAndTheLoserIsToldWhoHoldsIt() {
        long order = site.queuedOrder("Two Clerks");
        Page clara = signIn(context, "clara", Site.PASSWORD);
        try (BrowserContext other = browser.newContext()) {
            Page carl = signIn(other, "carl", Site.PASSWORD);
            clara.navigate(site.url + "/catura/queue/" + order);
            carl.navigate(site.url + "/catura/queue/" + order);
            clara.getByText("Take this order").click();
            assertThat(clara.locator("#holder")).containsText("You hold this order");
            carl.getByText("Take this order").click();
            assertThat(carl.locator(".error")).containsText("held by clara");
            assertThat(carl.locator("#holder")).containsText("Held by clara");
        }
        assertEquals(1, site.count("select count(*) from catura_ticket_claim where order_id = ? and holder = 'clara'",
                order));
    }

    @Test
    void theCockpitShowsTheWorkersAliveAndTheirLastHeartbeat() {
        Page page = signIn(context, "clara", Site.PASSWORD);
        assertThat(page.locator("h1")).hasText("Cockpit");
        assertThat(page.locator("#workers")).containsText("Workers: 1 of 1 alive · last heartbeat ");
    }

    @Test
    void aClerksBackToAutomationAfterAmazonCancelledIsRefusedWithWhatHappened() {
        long order = site.queuedOrder("Late Cancel");
        Page page = signIn(context, "clara", Site.PASSWORD);
        page.navigate(site.url + "/catura/queue/" + order);
        page.getByText("Take this order").click();
        assertThat(page.locator("#holder")).containsText("You hold this order");

        // Amazon's cancellation arrives while the desk is open.
        org.catura.core.api.order.ImportedOrder stored = site.tx(t -> site.process.order(t, order)).orElseThrow();
        site.tx(t -> site.process.update(t, org.catura.testing.TestOrder.from(stored)
                .status(org.catura.core.api.order.ChannelOrderStatus.CANCELLED).cancellationReason("buyer changed mind")
                .lastUpdatedAt(stored.lastUpdatedAt().plusSeconds(60)).build(), null));

        page.getByLabel("Comment").first().fill("Mapped the SKU");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to automation")).click();
        assertThat(page.locator(".error")).containsText("cancelled the order: buyer changed mind at ");
        assertThat(page.locator(".error")).containsText("while you were looking at it; nothing was changed");
        assertEquals(OrderState.CANCELLING, site.view(order).state(), "the cancellation stands");
    }

    @Test
    void aClerkCannotOpenAdminSettingsAndAForgedCsrfTokenChangesNothing() {
        Page page = signIn(context, "carl", Site.PASSWORD);
        Response r = page.navigate(site.url + "/catura/channels");
        assertEquals(403, r.status());
        assertThat(page.locator("#problem")).containsText("needs the admin role");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Release rules"))).hasCount(0);

        long order = site.queuedOrder("Forged Token");
        page.navigate(site.url + "/catura/queue/" + order);
        page.locator("#holder input[name=_csrf]").evaluate("e => e.value = 'forged'");
        page.getByText("Take this order").click();
        assertThat(page.locator("#problem")).containsText("no valid CSRF token");
        assertEquals(0, site.count("select count(*) from catura_ticket_claim where order_id = ?", order));
    }

    @Test
    void anInvalidRuleIsRefusedWithItsPositionAndNothingIsSaved() {
        List<ReleaseRule> before = site.tx(t -> site.rules.list(t));
        Page page = signIn(context, "ada", Site.PASSWORD);
        page.navigate(site.url + "/catura/rules/new");
        page.getByLabel("Name").fill("Broken rule");
        page.getByLabel("Condition (JEXL)").fill("country == 'AT' &&\n   total >");
        // htmx checks the condition while it is typed.
        assertThat(page.locator("#check #rule-error")).containsText("line",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save rule")).click();
        assertThat(page.locator("#rule-error")).containsText("Invalid condition at line");
        assertThat(page.locator("pre.caret")).containsText("^");
        assertEquals(before, site.tx(t -> site.rules.list(t)), "nothing was saved");
        assertTrue(page.getByLabel("Name").inputValue().equals("Broken rule"), "the form keeps what was typed");
    }

    @Test
    void anAdminOpensAPluginsPageFromTheNavigationAndPostsItsForm() {
        ReportsExtension reports = new ReportsExtension();
        site.app.extensions().add(reports);
        try {
            Page page = signIn(context, "ada", Site.PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Reports").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Reports");
            page.getByLabel("Note").fill("Stock count on Friday");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Add note")).click();
            assertThat(page.locator(".flash")).containsText("Note added.");
            assertThat(page.locator("#notes")).containsText("Stock count on Friday");
            assertEquals(List.of("Stock count on Friday"), reports.notes);

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Channels").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Channel settings");
        } finally {
            site.app.extensions().remove(reports);
        }
    }
}
