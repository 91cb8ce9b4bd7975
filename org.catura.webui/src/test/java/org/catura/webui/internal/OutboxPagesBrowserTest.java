package org.catura.webui.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.outbox.OutboxDispatcher;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.outbox.ParkedMessageStore;
import org.catura.core.internal.outbox.RetrySchedule;
import org.catura.webui.internal.pages.OutboxPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox page (admins) in Debian's Chromium, against the servlets on Jetty: messages parked
 * by the real dispatcher, sent again from the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxPagesBrowserTest {

    static final ProcessSettings NO_WAIT = new ProcessSettings(3, Duration.ZERO, Duration.ZERO, 10,
            Duration.ofMinutes(1), Duration.ofMillis(20));

    Site site;
    HeadlessChromium chromium;
    Browser browser;
    BrowserContext context;
    final Smtp smtp = new Smtp();
    OutboxDispatcher dispatcher;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
        site.app.extensions().add(new OutboxPages(site.db, new ParkedMessageStore()));
        dispatcher = new OutboxDispatcher(site.db, NO_WAIT, new RetrySchedule(3, Duration.ZERO, Duration.ZERO),
                "web-test", topic -> smtp);
        chromium = new HeadlessChromium();
        browser = chromium.browser();
    }

    @AfterAll
    void stop() throws Exception {
        dispatcher.close();
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

    Page signIn(String user) {
        Page page = context.newPage();
        page.navigate(site.url + "/catura/login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(Site.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Cockpit");
        return page;
    }

    @Test
    void anAdminSeesParkedMessagesWithTheirLastErrorAndSendsOneAgainWithAFreshBudget() {
        OutboxStore outbox = new OutboxStore();
        site.tx(tx -> outbox.enqueue(tx, "mail", "invoice-mail-41", "{}"));
        site.tx(tx -> outbox.enqueue(tx, "mail", "invoice-mail-42", "{}"));
        smtp.failure = new IllegalStateException("421 4.3.2 mail.example.com Service not available");
        smtp.refuse = "invoice-mail-42";
        for (int i = 0; i < 4; i++) {
            dispatcher.dispatchBatch(List.of("mail"));
        }

        Page page = signIn("ada");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Parked outbox messages");
        assertThat(page.locator("#parked tbody tr")).hasCount(2);
        assertThat(page.locator("tr[data-key='invoice-mail-41']"))
                .containsText("421 4.3.2 mail.example.com Service not available");
        assertThat(page.locator("tr[data-key='invoice-mail-41'] td").nth(3)).hasText("3");
        assertThat(page.locator("tr[data-key='invoice-mail-42']"))
                .containsText("550 5.1.1 <buyer@example.com>: Recipient address rejected");
        assertThat(page.locator("tr[data-key='invoice-mail-42'] td").nth(3)).hasText("1");

        smtp.failure = null; // the mail server is back
        page.locator("tr[data-key='invoice-mail-41']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Send again")).click();
        assertThat(page.locator(".flash")).containsText("goes out again, with a fresh budget of attempts");
        assertThat(page.locator("#parked tbody tr")).hasCount(1);
        assertThat(page.locator("tr[data-key='invoice-mail-42']")).hasCount(1);
        assertEquals(1, site.count("select count(*) from catura_outbox where idempotency_key = 'invoice-mail-41'"
                + " and not parked and attempts = 0 and retried_by = 'ada'"));

        dispatcher.dispatchBatch(List.of("mail"));
        assertEquals(1, site.count("select count(*) from catura_outbox where idempotency_key = 'invoice-mail-41'"
                + " and sent_at is not null and attempts = 1"));

        // sent meanwhile in another tab: the stale button says so and changes nothing
        Page stale = context.newPage();
        stale.navigate(site.url + "/catura/outbox");
        site.execute("update catura_outbox set parked = false, sent_at = now() where idempotency_key = 'invoice-mail-42'");
        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send again")).click();
        assertThat(stale.locator("body")).containsText("is not parked");
        assertEquals(1, site.count("select count(*) from catura_outbox where idempotency_key = 'invoice-mail-42'"
                + " and retried_by is null"));
    }

    @Test
    void aClerkHasNoOutboxLinkAndIsRefusedThePage() {
        Page page = signIn("clara");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox").setExact(true)))
                .hasCount(0);
        Response response = page.navigate(site.url + "/catura/outbox");
        assertEquals(403, response.status());
    }

    /** Refuses one key for good, fails the others while {@code failure} is set. */
    private static final class Smtp implements OutboxSink {
        volatile RuntimeException failure;
        volatile String refuse;

        @Override
        public String topic() {
            return "mail";
        }

        @Override
        public void deliver(OutboxMessage message) {
            if (message.idempotencyKey().equals(refuse)) {
                throw new UndeliverableMessageException("550 5.1.1 <buyer@example.com>: Recipient address rejected");
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
