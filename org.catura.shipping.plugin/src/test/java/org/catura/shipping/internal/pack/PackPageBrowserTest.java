package org.catura.shipping.internal.pack;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.catura.core.api.erp.Shipment;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingReferences;
import org.catura.webui.internal.PackSite;
import org.catura.webui.internal.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pack page in Debian's Chromium, driven by Playwright: a clerk scans an order, prints its
 * papers, has a wrong tracking number refused, records the parcel, and starts a wave.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackPageBrowserTest {

    PackSite site;
    FakeDocuments documents = new FakeDocuments();
    FakeConfirmations confirmations = new FakeConfirmations();
    InHouseShipments inHouse;
    HeadlessChromium chromium;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = new PackSite();
        site.add(new PackPages(site.db(), site.process(), site.erp(), documents, confirmations, Clock.systemUTC()));
        inHouse = new InHouseShipments(site);
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

    @Test
    void aClerkScansAnOrderPrintsItsPapersRecordsTheParcelAndStartsAWave() {
        long order = site.orderWithDeliveryNote("Bruno Browser");
        Shipment s = inHouse.transmit(order, Instant.now().minusSeconds(60));
        Shipment other = inHouse.transmit(site.orderWithDeliveryNote("Wilma Wave"), Instant.now().plusSeconds(3600));
        String ref = ShippingReferences.of(s.id());
        String externalId = site.view(order).externalId();

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(site.url() + "/catura/");
            page.getByLabel("User name").fill("clara");
            page.getByLabel("Password").fill(PackSite.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pack").setExact(true)).click();

            assertThat(page.locator("h1")).containsText("2 open in-house shipments");
            assertThat(page.locator("#overdue-count")).hasText("1 overdue");
            assertThat(page.locator("#open-shipments tr.overdue")).containsText(ref);

            page.getByLabel("Scan or type a shipment reference or order id").fill(externalId);
            page.keyboard().press("Enter");
            assertThat(page.locator("h1")).containsText(ref);
            assertThat(page.locator("#lines")).containsText("CAT-MUG-001");
            assertThat(page.locator("#ship-to")).containsText("Bruno Browser");

            APIResponse note = page.request().get(site.url() + page.locator("#delivery-note").getAttribute("href"));
            assertEquals(200, note.status());
            assertEquals("application/pdf", note.headers().get("content-type"));
            assertTrue(new String(note.body()).startsWith("%PDF"));
            APIResponse label = page.request().get(site.url() + page.locator("#label-1").getAttribute("href"));
            assertEquals("application/pdf", label.headers().get("content-type"));

            page.getByLabel("Tracking number").fill("REJECT-0001");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record parcels")).click();
            assertThat(page.locator("#outcome")).containsText("Not recorded: Tracking number REJECT-0001");
            assertThat(page.getByLabel("Tracking number")).hasValue("REJECT-0001");

            page.getByLabel("Tracking number").fill("00340434160699");
            page.getByLabel("Weight in kg (optional)").fill("1.2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record parcels")).click();
            assertThat(page.locator(".flash")).containsText(ref + " (order " + externalId + "): 1 parcel recorded.");
            assertThat(page.locator("#open-shipments")).not().containsText(ref);
            assertEquals(ConfirmationSource.PACK_PAGE, confirmations.recorded.get(0).source());
            assertEquals("00340434160699", confirmations.recorded.get(0).parcels().get(0).trackingNo());

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a wave")).click();
            assertThat(page.locator("h1")).containsText(Pattern.compile("Wave W-\\d{6}"));
            assertThat(page.locator("#wave-shipments")).containsText(ShippingReferences.of(other.id()));
            APIResponse picking = page.request().get(site.url() + page.locator("#picking-list").getAttribute("href"));
            assertEquals("application/pdf", picking.headers().get("content-type"));
            page.goBack();
            page.navigate(site.url() + "/catura/pack");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a wave")))
                    .isDisabled();
        }
    }
}
