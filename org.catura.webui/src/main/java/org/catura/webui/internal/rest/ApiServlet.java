package org.catura.webui.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.RuleError;
import org.catura.ticket.api.Ticket;
import org.catura.webui.api.Role;
import org.catura.webui.internal.auth.Authenticator;
import org.catura.webui.internal.auth.Sessions;
import org.catura.webui.internal.pages.OrderDetails;
import org.catura.webui.internal.pages.OrderSearch;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.internal.web.HttpError;
import org.catura.webui.internal.web.Route;
import org.catura.webui.internal.web.RoutedServlet;
import org.catura.webui.internal.web.Services;
import org.catura.webui.internal.web.WebApp;

/**
 * The JSON REST API at {@code /api/*}: the same session as the pages (cookie), and for every
 * write the session's CSRF token in the {@code X-CSRF-Token} header ({@code GET /api/me} and
 * {@code POST /api/login} hand it out). Errors are {@code {"status": n, "error": "..."}}; a
 * refused rule adds {@code line} and {@code column}.
 */
public class ApiServlet extends RoutedServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATTERN = "/api/*";

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    public ApiServlet(WebApp app) {
        super(app, routes());
    }

    private static List<Route> routes() {
        String id = "(\\d+)";
        return List.of(
                Route.get("/me", Role.CLERK, ApiServlet::me),
                Route.post("/logout", Role.CLERK, ApiServlet::logout),
                Route.get("/orders", Role.CLERK, ApiServlet::orders),
                Route.get("/orders/" + id, Role.CLERK, ApiServlet::order),
                Route.get("/orders/" + id + "/timeline", Role.CLERK,
                        ex -> ex.json(200, tx(ex, s -> s.process().timeline(s.tx, ex.pathId(1))))),
                Route.get("/queue", Role.CLERK, ex -> ex.json(200, tx(ex, s -> s.services.queue().list(s.tx)))),
                Route.post("/queue/" + id + "/claim", Role.CLERK,
                        ex -> ex.json(200, tx(ex, s -> s.services.queue().claim(s.tx, ex.pathId(1), ex.who())))),
                Route.post("/queue/" + id + "/release", Role.CLERK, ex -> {
                    tx(ex, s -> {
                        s.services.queue().release(s.tx, ex.pathId(1), ex.who());
                        return null;
                    });
                    ex.json(200, Map.of("released", true));
                }),
                Route.post("/queue/" + id + "/back", Role.CLERK, ex -> {
                    Map<String, Object> body = body(ex);
                    ex.json(200, Map.of("continuesAt", tx(ex, s -> s.services.queue().backToAutomation(s.tx,
                            ex.pathId(1), ex.who(), text(body, "comment")))));
                }),
                Route.post("/queue/" + id + "/cancel", Role.CLERK, ex -> {
                    Map<String, Object> body = body(ex);
                    tx(ex, s -> {
                        s.services.queue().cancel(s.tx, ex.pathId(1), ex.who(), text(body, "reason"));
                        return null;
                    });
                    ex.json(200, Map.of("cancelled", true));
                }),
                Route.get("/tickets", Role.CLERK, ex -> ex.json(200, tx(ex, s -> s.services.tickets().find(s.tx,
                        org.catura.webui.internal.pages.TicketPages.query(ex))))),
                Route.get("/tickets/" + id, Role.CLERK, ApiServlet::ticket),
                Route.post("/tickets/" + id + "/comment", Role.CLERK, ex -> {
                    Map<String, Object> body = body(ex);
                    String text = text(body, "text");
                    if (text == null || text.isBlank()) {
                        throw HttpError.badRequest("The comment (text) is empty.");
                    }
                    ex.json(200, tx(ex, s -> s.services.tickets().comment(s.tx, ex.pathId(1), ex.who(), text)));
                }),
                Route.get("/rules", Role.ADMIN, ex -> ex.json(200, tx(ex, s -> s.services.rules().list(s.tx)))),
                Route.post("/rules", Role.ADMIN, ex -> saveRule(ex, 0)),
                Route.put("/rules/" + id, Role.ADMIN, ex -> saveRule(ex, ex.pathId(1))),
                Route.delete("/rules/" + id, Role.ADMIN, ex -> {
                    tx(ex, s -> {
                        s.services.rules().delete(s.tx, ex.pathId(1), ex.who());
                        return null;
                    });
                    ex.json(200, Map.of("deleted", true));
                }),
                Route.post("/rules/validate", Role.ADMIN, ex -> {
                    String condition = text(body(ex), "condition");
                    Optional<RuleError> error = condition == null
                            ? Optional.of(new RuleError("the condition is empty", 0, 0))
                            : ex.services().rules().validate(condition);
                    ex.json(200, error.<Object>map(e -> Map.of("valid", false, "error", e.message(), "line", e.line(),
                            "column", e.column())).orElse(Map.of("valid", true)));
                }),
                Route.post("/rules/preview", Role.ADMIN, ex -> {
                    String condition = text(body(ex), "condition");
                    try {
                        ex.json(200, Map.of("orders", tx(ex, s -> s.services.rules().preview(s.tx,
                                condition == null ? "" : condition, 1000))));
                    } catch (InvalidRuleException e) {
                        ruleError(ex, e);
                    }
                }));
    }

    @Override
    protected Optional<Route> publicRoute(String method, String path, Exchange ex) {
        return method.equals("POST") && path.equals("/login")
                ? Optional.of(Route.post("/login", Role.CLERK, ApiServlet::login)) : Optional.empty();
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

    private static void orders(Exchange ex) throws IOException {
        OrderSearch.Filter f = org.catura.webui.internal.pages.OrderPages.filter(ex);
        Services s = ex.services();
        List<OrderProcessView> found = s.database().inTransaction(tx -> new OrderSearch(s.process(), s.erp())
                .find(tx, f));
        ex.json(200, found);
    }

    private static void order(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Services s = ex.services();
        OrderDetails d = s.database().inTransaction(tx -> OrderDetails.load(s, tx, id));
        ex.json(200, d);
    }

    private static void ticket(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Map<String, Object> out = new LinkedHashMap<>();
        tx(ex, s -> {
            Ticket t = s.services.tickets().get(s.tx, id).orElseThrow(() -> HttpError.notFound("Ticket " + id));
            out.put("ticket", t);
            out.put("history", s.services.tickets().history(s.tx, id));
            return null;
        });
        ex.json(200, out);
    }

    private static void saveRule(Exchange ex, long id) throws IOException {
        Map<String, Object> b = body(ex);
        ReleaseAction action;
        try {
            action = ReleaseAction.valueOf(String.valueOf(b.get("action")));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("action must be one of RELEASE, MANUAL_QUEUE, HOLD; was " + b.get("action"));
        }
        ReleaseRule rule = new ReleaseRule(id, number(b, "seq", 0), String.valueOf(b.getOrDefault("name", "")),
                String.valueOf(b.getOrDefault("condition", "")), action, text(b, "reason"), number(b, "holdHours", 0),
                !Boolean.FALSE.equals(b.get("active")));
        try {
            ReleaseRule saved = tx(ex, s -> {
                List<ReleaseRule> rules = s.services.rules().list(s.tx);
                if (id != 0 && rules.stream().noneMatch(r -> r.id() == id)) {
                    throw HttpError.notFound("Rule " + id);
                }
                ReleaseRule r = rule;
                if (id == 0 && !b.containsKey("seq")) {
                    int seq = rules.stream().mapToInt(ReleaseRule::seq).max().orElse(0) + 10;
                    r = new ReleaseRule(0, seq, rule.name(), rule.condition(), rule.action(), rule.reason(),
                            rule.holdHours(), rule.active());
                }
                return s.services.rules().save(s.tx, r, ex.who());
            });
            ex.json(id == 0 ? 201 : 200, saved);
        } catch (InvalidRuleException e) {
            ruleError(ex, e);
        }
    }

    private static void ruleError(Exchange ex, InvalidRuleException e) throws IOException {
        RuleError err = e.error();
        ex.json(422, Map.of("status", 422, "error", e.getMessage(), "message", err.message(), "line", err.line(),
                "column", err.column()));
    }

    // --- plumbing -------------------------------------------------------------------------

    /** The services and the transaction a REST call runs in. */
    private record Scope(Services services, org.catura.core.api.db.Tx tx) {
        org.catura.core.api.process.OrderProcess process() {
            return services.process();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Scope s) throws Exception;
    }

    private static <T> T tx(Exchange ex, Work<T> work) {
        return ex.services().database().inTransaction(tx -> work.apply(new Scope(ex.services(), tx)));
    }

    private static Map<String, Object> body(Exchange ex) throws IOException {
        String raw = ex.body();
        if (raw.isBlank()) {
            return Map.of();
        }
        try {
            return ex.app().json().readValue(raw, OBJECT);
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("The body is not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static String text(Map<String, Object> body, String name) {
        Object v = body.get(name);
        return v == null ? null : v.toString();
    }

    private static int number(Map<String, Object> body, String name, int fallback) {
        Object v = body.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw HttpError.badRequest(name + " must be a number, was " + v);
    }

}
