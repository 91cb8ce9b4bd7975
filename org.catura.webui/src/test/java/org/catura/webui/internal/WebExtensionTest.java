package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRoute;
import org.catura.webui.internal.web.ExtensionRefusedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plugin's pages through the web extension point: its route, navigation entry and templates,
 * under the same sign-in, role, CSRF and error handling as the built-in pages; gone when the
 * extension goes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebExtensionTest {

    Site site;
    ReportsExtension reports;
    Client ada;
    Client clara;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @BeforeEach
    void addExtension() {
        reports = new ReportsExtension();
        site.app.extensions().add(reports);
        ada = new Client(site.url);
        ada.login("ada", Site.PASSWORD);
        clara = new Client(site.url);
        clara.login("clara", Site.PASSWORD);
    }

    @AfterEach
    void removeExtension() {
        site.app.extensions().remove(reports);
    }

    @Test
    void anAdminSeesTheEntryAndThePageAndAClerkIsRefusedAsOnBuiltInAdminPages() {
        String cockpit = ada.get("/catura/").body();
        assertTrue(cockpit.contains("<a href=\"/catura/reports\">Reports</a>"), cockpit);
        int rules = cockpit.indexOf(">Release rules<");
        int entry = cockpit.indexOf(">Reports<");
        int channels = cockpit.indexOf(">Channels<");
        assertTrue(rules < entry && entry < channels, "sorted by order between rules (70) and channels (80)");

        HttpResponse<String> page = ada.get("/catura/reports");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<ul id=\"notes\"><li class=\"muted\">No notes yet.</li></ul>"), page.body());
        assertTrue(page.body().contains("<a href=\"/catura/reports\" class=\"on\">Reports</a>"), page.body());

        assertFalse(clara.get("/catura/").body().contains("/catura/reports"), "a clerk does not see the entry");
        HttpResponse<String> refused = clara.get("/catura/reports");
        HttpResponse<String> builtIn = clara.get("/catura/users");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("This needs the admin role; you are signed in as clara (clerk)."),
                refused.body());
        assertEquals(builtIn.statusCode(), refused.statusCode());
        assertEquals(builtIn.body(), refused.body(), "the very same refusal as the built-in users page");

        HttpResponse<String> anonymous = new Client(site.url).get("/catura/reports");
        assertEquals(302, anonymous.statusCode());
        assertEquals("/catura/login?next=%2Fcatura%2Freports", anonymous.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theExtensionsPostIsRefusedWithoutTheSessionsCsrfTokenAndNothingChanges() {
        HttpResponse<String> none = ada.postWithoutToken("/catura/reports/notes", "text", "no token");
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("no valid CSRF token"), none.body());
        HttpResponse<String> forged = ada.postForm("/catura/reports/notes", List.of("text", "forged",
                "_csrf", "forged"), false);
        assertEquals(403, forged.statusCode());
        HttpResponse<String> clerk = clara.post("/catura/reports/notes", "text", "a clerk's note");
        assertEquals(403, clerk.statusCode());
        assertEquals(List.of(), reports.notes, "no handler ran");

        HttpResponse<String> ok = ada.post("/catura/reports/notes", "text", "Stock count on Friday");
        assertEquals(302, ok.statusCode());
        assertEquals("/catura/reports", ok.headers().firstValue("Location").orElse(""));
        assertEquals(List.of("Stock count on Friday"), reports.notes);
        String after = ada.get("/catura/reports").body();
        assertTrue(after.contains("<p class=\"flash\" role=\"status\">Note added.</p>"), after);
        assertTrue(after.contains("<li>Stock count on Friday</li>"), after);
    }

    @Test
    void errorsOfAnExtensionsHandlerAreMappedAsForBuiltInPages() {
        HttpResponse<String> empty = ada.post("/catura/reports/notes", "text", "  ");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("<p class=\"error\" id=\"problem\">Type a note first.</p>"), empty.body());
        HttpResponse<String> notANumber = ada.get("/catura/reports/weekly");
        assertEquals(404, notANumber.statusCode());
        assertTrue(notANumber.body().contains("&#39;weekly&#39; does not exist."), notANumber.body());
        HttpResponse<String> refused = ada.get("/catura/reports/7");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("There is no report 7 yet"), refused.body());
        assertEquals(405, ada.postForm("/catura/reports", List.of("_csrf", ada.csrf), false).statusCode());
    }

    @Test
    void anExtensionsTemplateNamedLikeABuiltInOneIsItsOwn() {
        String own = ada.get("/catura/reports/cockpit").body();
        assertTrue(own.contains("<h1 id=\"report-cockpit\">The reports' own cockpit for ada</h1>"), own);
        String builtIn = ada.get("/catura/").body();
        assertTrue(builtIn.contains("<h1>Cockpit</h1>") && !builtIn.contains("report-cockpit"), builtIn);
    }

    @Test
    void removingTheExtensionRemovesItsRouteAndItsEntry() {
        assertEquals(200, ada.get("/catura/reports").statusCode());
        site.app.extensions().remove(reports);

        HttpResponse<String> gone = ada.get("/catura/reports");
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("There is no page /reports."), gone.body());
        assertEquals(404, ada.post("/catura/reports/notes", "text", "late").statusCode());
        assertEquals(List.of(), reports.notes);
        String cockpit = ada.get("/catura/").body();
        assertFalse(cockpit.contains("Reports"), cockpit);
        assertTrue(cockpit.contains(">Channels<"), "the other extension stays");

        site.app.extensions().add(reports);
        assertEquals(200, ada.get("/catura/reports").statusCode(), "and it can come back");
    }

    @Test
    void anExtensionIsRefusedWhenItsNamespaceIsTakenOrItsRoutesLieOutsideIt() {
        ExtensionRefusedException builtIn = assertThrows(ExtensionRefusedException.class,
                () -> site.app.extensions().add(extension("queue", "/queue/extra")));
        assertTrue(builtIn.getMessage().contains("namespace 'queue', which the web UI's own pages use"),
                builtIn.getMessage());
        ExtensionRefusedException taken = assertThrows(ExtensionRefusedException.class,
                () -> site.app.extensions().add(extension("reports", "/reports/other")));
        assertTrue(taken.getMessage().contains("which " + ReportsExtension.class.getName() + " has already"),
                taken.getMessage());
        ExtensionRefusedException outside = assertThrows(ExtensionRefusedException.class,
                () -> site.app.extensions().add(extension("stock", "/rules/stock")));
        assertTrue(outside.getMessage().contains("route GET /rules/stock outside its namespace"),
                outside.getMessage());
        assertThrows(ExtensionRefusedException.class, () -> site.app.extensions().add(extension("Stock!", "/x")));

        String cockpit = ada.get("/catura/").body();
        assertFalse(cockpit.contains("Other"), "nothing of a refused extension is served");
        assertEquals(404, ada.get("/catura/stock").statusCode());
    }

    private static WebExtension extension(String namespace, String path) {
        return new WebExtension() {
            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public List<WebRoute> routes() {
                return List.of(WebRoute.get(path, Role.CLERK, req -> req.render("reports/summary.ftlh",
                        java.util.Map.of("notes", List.of()))));
            }

            @Override
            public List<NavigationEntry> navigation() {
                return List.of(new NavigationEntry("Other", "/" + namespace, Role.CLERK, 1));
            }
        };
    }
}
