package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;
import static org.catura.webui.internal.rest.Json.text;
import static org.catura.webui.internal.rest.Json.tx;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.webui.api.Role;
import org.catura.webui.internal.auth.Authenticator;
import org.catura.webui.internal.auth.Sessions;
import org.catura.webui.internal.pages.AutomationRate;
import org.catura.webui.internal.pages.OrderDetails;
import org.catura.webui.internal.pages.OrderPages;
import org.catura.webui.internal.pages.OrderSearch;
import org.catura.webui.internal.pages.WorkerHealth;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Route;
import org.catura.webui.internal.web.RoutedServlet;
import org.catura.webui.internal.web.Services;
import org.catura.webui.internal.web.WebApp;

/**
 * The JSON REST API at {@code /api/*}: the same session as the pages (cookie), and for every
 * write the session's CSRF token in the {@code X-CSRF-Token} header ({@code GET /api/me} and
 * {@code POST /api/login} hand it out). Errors are {@code {"status": n, "error": "..."}}; a
 * refused rule adds {@code line} and {@code column}. Sign-in, orders and the cockpit are here;
 * the queue, tickets, rules and admin settings in {@link QueueApi}, {@link TicketApi},
 * {@link RulesApi} and {@link AdminApi}.
 */
public class ApiServlet extends RoutedServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATTERN = "/api/*";

    public ApiServlet(WebApp app) {
        super(app, routes());
    }

    private static List<Route> routes() {
        String id = "(\\d+)";
        List<Route> routes = new ArrayList<>(List.of(
                Route.get("/me", Role.CLERK, ApiServlet::me),
                Route.post("/logout", Role.CLERK, ApiServlet::logout),
                Route.get("/cockpit", Role.CLERK, ApiServlet::cockpit),
                Route.get("/orders", Role.CLERK, ApiServlet::orders),
                Route.get("/orders/" + id, Role.CLERK, ApiServlet::order),
                Route.get("/orders/" + id + "/timeline", Role.CLERK,
                        ex -> ex.json(200, tx(ex, s -> s.services().process().timeline(s.tx(), ex.pathId(1)))))));
        routes.addAll(QueueApi.routes());
        routes.addAll(TicketApi.routes());
        routes.addAll(RulesApi.routes());
        routes.addAll(AdminApi.routes());
        routes.addAll(ImportErrorsApi.routes());
        return routes;
    }

    @Override
    protected Optional<Route> publicRoute(String method, String path, Exchange ex) {
        if (method.equals("GET") && path.equals("/health")) {
            return Optional.of(Route.get("/health", Role.CLERK, ApiServlet::health));
        }
        return method.equals("POST") && path.equals("/login")
                ? Optional.of(Route.post("/login", Role.CLERK, ApiServlet::login)) : Optional.empty();
    }

    /** For a monitor or load balancer, without signing in: 200 while every worker lives, else 503. */
    private static void health(Exchange ex) throws IOException {
        WorkerHealth health = new WorkerHealth(ex.services().process().workers());
        ex.json(health.ok() ? 200 : 503, health.json());
    }

    @Override
    protected void notSignedIn(Exchange ex) throws IOException {
        error(ex, 401, "Not signed in: POST /api/login with {\"username\", \"password\"} first.");
    }

    @Override
    protected void error(Exchange ex, int status, String message) throws IOException {
        ex.json(status, Map.of("status", status, "error", message));
    }

    private static void login(Exchange ex) throws IOException {
        String type = ex.request().getContentType();
        // Only JSON: a cross-site HTML form cannot send it without the browser asking first.
        if (type == null || !type.startsWith("application/json")) {
            throw new HttpError(415, "Send the credentials as application/json.");
        }
        if (ex.app().refusedTooManySignIns(ex.request(), ex.response())) {
            return;
        }
        Map<String, Object> body = body(ex);
        Authenticator.Outcome outcome = ex.app().authenticator().check(text(body, "username"),
                text(body, "password"));
        if (!outcome.ok()) {
            throw new HttpError(401, outcome.refusal());
        }
        Sessions.Opened opened = ex.app().sessions().open(outcome.user());
        ex.app().setSessionCookie(ex.request(), ex.response(), opened.token(), false);
        ex.json(200, Map.of("user", outcome.user(), "csrfToken", opened.session().csrfToken()));
    }

    private static void me(Exchange ex) throws IOException {
        ex.json(200, Map.of("user", ex.user(), "csrfToken", ex.session().csrfToken()));
    }

    private static void logout(Exchange ex) throws IOException {
        ex.app().sessions().close(ex.session());
        ex.app().setSessionCookie(ex.request(), ex.response(), null, true);
        ex.json(200, Map.of("signedOut", true));
    }

    /** The cockpit's head: orders per state and the automation rate of the last 14 days. */
    private static void cockpit(Exchange ex) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        tx(ex, s -> {
            Map<OrderState, Long> counts = s.services().process().countByState(s.tx());
            Map<String, Long> byState = new LinkedHashMap<>();
            for (OrderState st : OrderState.values()) {
                byState.put(st.name(), counts.getOrDefault(st, 0L));
            }
            out.put("counts", byState);
            s.services().imports().get().ifPresent(i -> out.put("openImportErrors", i.openErrorCount()));
            out.put("automationRate", new AutomationRate(s.services().process(), s.services().tickets())
                    .days(s.tx(), LocalDate.now(ZoneOffset.UTC), 14));
            return null;
        });
        ex.json(200, out);
    }

    /** {@code ?state=&channel=&from=&to=&q=&limit=}, as the cockpit filters. */
    private static void orders(Exchange ex) throws IOException {
        OrderSearch.Filter f = OrderPages.filter(ex);
        Services s = ex.services();
        List<OrderProcessView> found = s.database().inTransaction(tx -> new OrderSearch(s.process(), s.erp())
                .find(tx, f));
        ex.json(200, OrderRows.withShipping(ex.app().json(), found, s.shipping().get()));
    }

    private static void order(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Services s = ex.services();
        OrderDetails d = s.database().inTransaction(tx -> OrderDetails.load(s, tx, id));
        ex.json(200, d);
    }
}
