package org.catura.shipping.internal.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.catura.core.api.db.Sql;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.webui.internal.PackSite;
import org.catura.webui.internal.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The carrier pages in Debian's Chromium, driven by Playwright: an admin creates a carrier, a
 * zone, a service with a rate, stores a password, and has a rule's broken condition refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarrierPagesBrowserTest {

    PackSite site;
    final AesGcmSecrets secrets = new AesGcmSecrets(new byte[32]);
    HeadlessChromium chromium;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = new PackSite();
        site.add(new CarrierPages(site.db(), site.erp(), secrets));
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

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void anAdminSetsUpACarrierWithAServiceAndARateStoresAPasswordAndHasABrokenRuleRefused() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(site.url() + "/catura/");
            page.getByLabel("User name").fill("ada");
            page.getByLabel("Password").fill(PackSite.PASSWORD);
            click(page, AriaRole.BUTTON, "Sign in");
            click(page, AriaRole.LINK, "Carriers");

            click(page, AriaRole.LINK, "New carrier");
            field(page, "Search key").fill("swiftpost");
            field(page, "Name").fill("SwiftPost");
            field(page, "Tracking URL").fill("https://swift.example/track");
            click(page, AriaRole.BUTTON, "Create carrier");
            assertThat(page.locator("#error-TrackingURL")).containsText("must contain {trackingNo}");
            assertThat(field(page, "Name")).hasValue("SwiftPost");
            field(page, "Tracking URL").fill("https://swift.example/track/{trackingNo}");
            click(page, AriaRole.BUTTON, "Create carrier");
            assertThat(page.locator(".flash")).hasText("Carrier swiftpost saved.");
            assertThat(page.locator("#secret-TransmissionSecretSealed")).hasText("not set");

            field(page, "Transmission password").fill("Swift-Secret-99");
            click(page, AriaRole.BUTTON, "Save carrier");
            assertThat(page.locator("#secret-TransmissionSecretSealed")).hasText("stored");
            assertThat(field(page, "Transmission password")).hasValue("");
            assertFalse(page.content().contains("Swift-Secret-99"), "the password is not in the page");
            assertEquals("Swift-Secret-99", secrets.open(site.tx(tx -> Sql.one(tx,
                    "select TransmissionSecretSealed from CAT_Carrier where Value = 'swiftpost'",
                    rs -> rs.getString(1)).orElseThrow())));

            click(page, AriaRole.LINK, "Zones");
            click(page, AriaRole.LINK, "New zone");
            field(page, "Search key").fill("de");
            field(page, "Name").fill("Germany");
            field(page, "Countries").fill("de");
            click(page, AriaRole.BUTTON, "Create zone");
            assertThat(page.locator("#zones")).containsText("Germany");

            click(page, AriaRole.LINK, "Carriers");
            click(page, AriaRole.LINK, "swiftpost");
            click(page, AriaRole.LINK, "New service");
            field(page, "Search key").fill("std");
            field(page, "Name").fill("Standard");
            field(page, "Max. weight (kg)").fill("20");
            click(page, AriaRole.BUTTON, "Create service");
            assertThat(page.locator(".flash")).hasText("Service std saved.");

            field(page, "Zone").selectOption(new SelectOption().setLabel("de – Germany"));
            field(page, "Up to kg").fill("20");
            field(page, "Price").fill("5.49");
            field(page, "Transit days").fill("2");
            click(page, AriaRole.BUTTON, "Add rate");
            assertThat(page.locator("#rate-table")).containsText("5.49");
            assertEquals(1, site.count("select count(*) from CAT_ShippingRate r join CAT_ShippingService s"
                    + " using (CAT_ShippingService_ID) where s.Value = 'std' and r.Price = 5.49"));

            click(page, AriaRole.LINK, "← carrier swiftpost");
            assertThat(page.locator("#services")).containsText("Standard");
            click(page, AriaRole.LINK, "← all carriers");
            assertThat(page.locator("#carriers")).containsText("PACK_PAGE → PACK_PAGE");

            click(page, AriaRole.LINK, "Priority rules");
            click(page, AriaRole.LINK, "New rule");
            field(page, "Name").fill("Heavy goes standard");
            field(page, "Condition (JEXL)").fill("weightKg > 20");
            field(page, "Values").fill("STANDARD");
            click(page, AriaRole.BUTTON, "Create rule");
            click(page, AriaRole.LINK, "Heavy goes standard");
            field(page, "Condition (JEXL)").fill("weightKg > ");
            click(page, AriaRole.BUTTON, "Save rule");
            assertThat(page.locator("#error-RuleCondition")).containsText("Not a JEXL expression");
            assertThat(field(page, "Condition (JEXL)")).hasValue("weightKg >");
            assertEquals("weightKg > 20", site.tx(tx -> Sql.one(tx, "select RuleCondition from CAT_ShippingRule",
                    rs -> rs.getString(1)).orElseThrow()));
        }
    }
}
