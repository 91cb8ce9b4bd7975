package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;
import static org.catura.webui.internal.rest.Json.number;
import static org.catura.webui.internal.rest.Json.text;
import static org.catura.webui.internal.rest.Json.tx;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.RuleError;
import org.catura.webui.api.Role;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Route;

/**
 * {@code /api/rules} (admins): list, add, change, delete, check a condition, preview it on the
 * last 1,000 decided orders. An invalid condition or hold date is 422 with line and column, and
 * nothing is saved.
 */
final class RulesApi {

    static final int PREVIEW_ORDERS = 1000;

    private RulesApi() {
    }

    static List<Route> routes() {
        String id = "/rules/(\\d+)";
        return List.of(
                Route.get("/rules", Role.ADMIN, ex -> ex.json(200, tx(ex, s -> s.services().rules().list(s.tx())))),
                Route.get("/rules/facts", Role.ADMIN, ex -> ex.json(200, ex.services().rules().facts())),
                Route.post("/rules", Role.ADMIN, ex -> save(ex, 0)),
                Route.put(id, Role.ADMIN, ex -> save(ex, ex.pathId(1))),
                Route.delete(id, Role.ADMIN, ex -> {
                    tx(ex, s -> {
                        s.services().rules().delete(s.tx(), ex.pathId(1), ex.who());
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
                        ex.json(200, Map.of("lastOrders", PREVIEW_ORDERS, "orders", tx(ex, s -> s.services().rules()
                                .preview(s.tx(), condition == null ? "" : condition, PREVIEW_ORDERS))));
                    } catch (InvalidRuleException e) {
                        refused(ex, e);
                    }
                }));
    }

    private static void save(Exchange ex, long id) throws IOException {
        Map<String, Object> b = body(ex);
        ReleaseAction action;
        try {
            action = ReleaseAction.valueOf(String.valueOf(b.get("action")));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("action must be one of RELEASE, MANUAL_QUEUE, HOLD; was " + b.get("action"));
        }
        ReleaseRule rule = new ReleaseRule(id, number(b, "seq", 0), String.valueOf(b.getOrDefault("name", "")),
                String.valueOf(b.getOrDefault("condition", "")), action, text(b, "reason"), number(b, "holdHours", 0),
                !Boolean.FALSE.equals(b.get("active")), text(b, "holdUntil"));
        try {
            ReleaseRule saved = tx(ex, s -> {
                List<ReleaseRule> rules = s.services().rules().list(s.tx());
                if (id != 0 && rules.stream().noneMatch(r -> r.id() == id)) {
                    throw HttpError.notFound("Rule " + id);
                }
                ReleaseRule r = id == 0 && !b.containsKey("seq")
                        ? rule.withSeq(rules.stream().mapToInt(ReleaseRule::seq).max().orElse(0) + 10) : rule;
                return s.services().rules().save(s.tx(), r, ex.who());
            });
            ex.json(id == 0 ? 201 : 200, saved);
        } catch (InvalidRuleException e) {
            refused(ex, e);
        }
    }

    private static void refused(Exchange ex, InvalidRuleException e) throws IOException {
        RuleError err = e.error();
        ex.json(422, Map.of("status", 422, "error", e.getMessage(), "message", err.message(), "line", err.line(),
                "column", err.column()));
    }
}
