package org.catura.webui.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.catura.core.api.erp.Company;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.api.ProductSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The products page (any role) and the company page (admins) in Debian's Chromium, against the servlets on Jetty. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterDataPagesBrowserTest {

    /** A 1 × 1 pixel PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    Site site;
    HeadlessChromium chromium;
    Browser browser;
    BrowserContext context;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
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
    void aClerkFindsProductsBySkuOrNameWithTheirStockPerWarehouseAPageAtATime() {
        MasterData master = new MasterData();
        site.tx(t -> {
            for (int i = 1; i <= 30; i++) {
                master.createProduct(t, new ProductSpec(String.format("PAGE-%03d", i), "Paged item " + i,
                        BigDecimal.ONE, null, null, null, null));
            }
            return null;
        });
        Page page = signIn("clara");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Products").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Products");
        assertThat(page.locator("#products thead")).containsText("MAIN");
        assertThat(page.locator("#products thead")).containsText("3PL");

        page.getByLabel("SKU or name").fill("standing desk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("#products tbody tr")).hasCount(1);
        assertThat(page.locator("tr[data-sku='CAT-DESK-001'] td[data-warehouse='MAIN']")).hasText("4 / 4");
        assertThat(page.locator("tr[data-sku='CAT-DESK-001'] td[data-warehouse='3PL']")).hasText("12 / 12");

        page.getByLabel("SKU or name").fill("cat-mug");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("#products tbody tr")).hasCount(2);

        page.getByLabel("SKU or name").fill("page-");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("#products tbody tr")).hasCount(25);
        assertThat(page.locator("#products tbody tr").first()).containsText("PAGE-001");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next →")).click();
        assertThat(page.locator("#products tbody tr")).hasCount(5);
        assertThat(page.locator("#products tbody tr").first()).containsText("PAGE-026");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next →"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Previous")).click();
        assertThat(page.locator("#products tbody tr").last()).containsText("PAGE-025");

        page.getByLabel("SKU or name").fill("no such thing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("#products tbody")).containsText("No product has 'no such thing'");
    }

    @Test
    void anAdminSetsTheCompanyIsToldOfAWrongIbanAndUploadsALogo() {
        Page page = signIn("ada");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Company").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Company");
        assertThat(page.locator("#no-logo")).isVisible();
        page.getByLabel("Legal name").fill("Catura Handel GmbH");
        page.getByLabel("Street").fill("Hauptstr. 1");
        page.getByLabel("Postal code").fill("10115");
        page.getByLabel("City").fill("Berlin");
        page.getByLabel("Country (ISO code)").fill("DE");
        page.getByLabel("VAT id").fill("DE123456789");
        page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 01");
        page.getByLabel("Bank").fill("Commerzbank");
        page.getByLabel("One-Stop-Shop", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.locator(".error")).containsText("has wrong check digits");
        assertThat(page.getByLabel("Legal name")).hasValue("Catura Handel GmbH");
        assertTrue(site.tx(t -> site.erp.company().get(t)).isEmpty(), "nothing stored");

        page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.locator(".flash")).containsText("Company details saved.");
        Company saved = site.tx(t -> site.erp.company().get(t)).orElseThrow();
        assertEquals("DE89370400440532013000", saved.iban());
        assertTrue(saved.oss());
        assertEquals("Berlin", saved.address().city());
        assertThat(page.getByLabel("IBAN")).hasValue("DE89370400440532013000");

        page.getByLabel("PNG or JPEG", new Page.GetByLabelOptions().setExact(false))
                .setInputFiles(new FilePayload("notes.png", "image/png", "not an image".getBytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload logo")).click();
        assertThat(page.locator(".error")).containsText("neither a PNG nor a JPEG");

        byte[] big = Arrays.copyOf(PNG, 2 * 1024 * 1024);
        page.getByLabel("PNG or JPEG", new Page.GetByLabelOptions().setExact(false))
                .setInputFiles(new FilePayload("big.png", "image/png", big));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload logo")).click();
        assertThat(page.locator(".error")).containsText("larger than 1 MB");
        assertTrue(site.tx(t -> site.erp.company().logo(t)).isEmpty(), "no logo stored");

        page.navigate(site.url + "/catura/company");
        page.getByLabel("PNG or JPEG", new Page.GetByLabelOptions().setExact(false))
                .setInputFiles(new FilePayload("huge.png", "image/png", Arrays.copyOf(PNG, 6 * 1024 * 1024)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload logo")).click();
        assertThat(page.locator("#problem")).containsText("larger than the server takes (5 MB)");
        page.navigate(site.url + "/catura/company");

        page.getByLabel("PNG or JPEG", new Page.GetByLabelOptions().setExact(false))
                .setInputFiles(new FilePayload("logo.png", "image/png", PNG));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload logo")).click();
        assertThat(page.locator(".flash")).containsText("Logo saved.");
        assertThat(page.locator("#logo-preview")).isVisible();
        assertEquals(1, ((Number) page.locator("#logo-preview").evaluate("img => img.naturalWidth")).intValue(),
                "the preview shows the stored image");
        assertEquals("image/png", site.tx(t -> site.erp.company().logo(t)).orElseThrow().mediaType());
    }

    @Test
    void aClerkSeesNoCompanyPage() {
        Page page = signIn("carl");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Company").setExact(true)))
                .hasCount(0);
        Response r = page.navigate(site.url + "/catura/company");
        assertEquals(403, r.status());
        assertThat(page.locator("#problem")).containsText("needs the admin role");
        assertThat(page).hasURL(Pattern.compile(".*/catura/company"));
    }
}
