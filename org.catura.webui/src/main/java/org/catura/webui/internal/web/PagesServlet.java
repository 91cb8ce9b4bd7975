package org.catura.webui.internal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.internal.pages.AuthPages;
import org.catura.webui.internal.pages.CompanyPages;
import org.catura.webui.internal.pages.ImportErrorPages;
import org.catura.webui.internal.pages.OrderPages;
import org.catura.webui.internal.pages.ProductPages;
import org.catura.webui.internal.pages.QueuePages;
import org.catura.webui.internal.pages.RulePages;
import org.catura.webui.internal.pages.TicketPages;
import org.catura.webui.internal.pages.UserPages;

/**
 * The HTML pages, mounted at {@code /catura/*}: the built-in ones here, those of plugins (and the
 * channel settings) through {@link WebExtensions}.
 */
public class PagesServlet extends RoutedServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATTERN = "/catura/*";

    /** The first path segments of the built-in pages: no extension may take them as its namespace. */
    static final Set<String> BUILT_IN_SEGMENTS = Set.of("login", "logout", "orders", "queue", "tickets", "rules",
            "users", "static", "products", "company");

    private static final List<NavigationEntry> NAVIGATION = List.of(
            new NavigationEntry("Cockpit", "/", Role.CLERK, 10),
            new NavigationEntry("Manual queue", "/queue", Role.CLERK, 20),
            new NavigationEntry("Tickets", "/tickets", Role.CLERK, 30),
            new NavigationEntry("Products", "/products", Role.CLERK, 40),
            new NavigationEntry("Release rules", "/rules", Role.ADMIN, 70),
            new NavigationEntry("Company", "/company", Role.ADMIN, 80),
            new NavigationEntry("Users", "/users", Role.ADMIN, 90));

    private final transient AuthPages auth;

    public PagesServlet(WebApp app) {
        this(app, new AuthPages());
    }

    private PagesServlet(WebApp app, AuthPages auth) {
        super(app, routes(auth));
        this.auth = auth;
    }

    private static List<Route> routes(AuthPages auth) {
        OrderPages orders = new OrderPages();
        QueuePages queue = new QueuePages();
        TicketPages tickets = new TicketPages();
        RulePages rules = new RulePages();
        UserPages users = new UserPages();
        ProductPages products = new ProductPages();
        CompanyPages company = new CompanyPages();
        ImportErrorPages importErrors = new ImportErrorPages();
        String id = "(\\d+)";
        return List.of(
                Route.post("/logout", Role.CLERK, auth::logout),
                Route.get("/", Role.CLERK, orders::cockpit),
                Route.get("/orders/" + id, Role.CLERK, orders::order),
                Route.get("/queue", Role.CLERK, queue::list),
                Route.get("/queue/" + id, Role.CLERK, queue::desk),
                Route.get("/queue/" + id + "/partners", Role.CLERK, queue::partners),
                Route.post("/queue/" + id + "/claim", Role.CLERK, queue::claim),
                Route.post("/queue/" + id + "/release", Role.CLERK, queue::release),
                Route.post("/queue/" + id + "/address", Role.CLERK, queue::address),
                Route.post("/queue/" + id + "/lines", Role.CLERK, queue::lines),
                Route.post("/queue/" + id + "/customer", Role.CLERK, queue::customer),
                Route.post("/queue/" + id + "/back", Role.CLERK, queue::back),
                Route.post("/queue/" + id + "/cancel", Role.CLERK, queue::cancel),
                Route.post("/queue/" + id + "/comment", Role.CLERK, queue::comment),
                Route.get("/tickets", Role.CLERK, tickets::list),
                Route.get("/tickets/" + id, Role.CLERK, tickets::detail),
                Route.post("/tickets/" + id + "/comment", Role.CLERK, tickets::comment),
                Route.post("/tickets/" + id + "/assign", Role.CLERK, tickets::assign),
                Route.post("/tickets/" + id + "/status", Role.CLERK, tickets::status),
                Route.post("/tickets/" + id + "/close", Role.CLERK, tickets::close),
                Route.get("/rules", Role.ADMIN, rules::list),
                Route.post("/rules", Role.ADMIN, rules::save),
                Route.get("/rules/new", Role.ADMIN, rules::newForm),
                Route.post("/rules/validate", Role.ADMIN, rules::validate),
                Route.post("/rules/preview", Role.ADMIN, rules::preview),
                Route.get("/rules/" + id, Role.ADMIN, rules::edit),
                Route.post("/rules/" + id, Role.ADMIN, rules::save),
                Route.post("/rules/" + id + "/move", Role.ADMIN, rules::move),
                Route.post("/rules/" + id + "/toggle", Role.ADMIN, rules::toggle),
                Route.post("/rules/" + id + "/delete", Role.ADMIN, rules::delete),
                Route.get("/users", Role.ADMIN, users::users),
                Route.post("/users", Role.ADMIN, users::createUser),
                Route.post("/users/([a-z0-9._-]+)", Role.ADMIN, users::updateUser),
                Route.get("/products", Role.CLERK, products::list),
                Route.get("/import-errors", Role.CLERK, importErrors::list),
                Route.post("/import-errors/skip", Role.ADMIN, importErrors::skip),
                Route.post("/import-errors/retry", Role.ADMIN, importErrors::retry),
                Route.get("/company", Role.ADMIN, company::show),
                Route.post("/company", Role.ADMIN, company::save),
                Route.get("/company/logo", Role.ADMIN, company::logo),
                Route.post("/company/logo", Role.ADMIN, company::uploadLogo));
    }

    @Override
    protected List<Route> extensionRoutes(String path) {
        return app.extensions().routes(path);
    }

    @Override
    protected List<NavigationEntry> navigation() {
        return app.extensions().navigation(NAVIGATION);
    }

    @Override
    protected Optional<Route> publicRoute(String method, String path, Exchange ex) {
        if (path.equals("/login")) {
            return Optional.of(method.equals("POST") ? Route.post("/login", Role.CLERK, auth::login)
                    : Route.get("/login", Role.CLERK, auth::loginForm));
        }
        return Optional.empty();
    }

    @Override
    protected void notSignedIn(Exchange ex) throws IOException {
        if (!ex.request().getMethod().equals("GET")) {
            error(ex, 403, "You are not signed in (or your session ended), so nothing was changed. Sign in again.");
            return;
        }
        String uri = ex.request().getRequestURI()
                + (ex.request().getQueryString() == null ? "" : "?" + ex.request().getQueryString());
        String login = ex.base() + "/login?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
        if (ex.htmx()) {
            ex.response().setHeader("HX-Redirect", login);
            ex.response().setStatus(204);
        } else {
            ex.response().sendRedirect(login);
        }
    }

    @Override
    protected void error(Exchange ex, int status, String message) throws IOException {
        ex.render(status, "error.ftlh", Map.of("status", status, "message", message));
    }
}
