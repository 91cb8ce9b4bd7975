package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.RuleError;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Services;

/**
 * The release rule editor (admins): list in the order rules are tried, edit, add, move up and
 * down, switch on and off, delete; live check of the condition and a preview of which of the last
 * {@link #PREVIEW_ORDERS} decided orders the condition would catch. An invalid condition is
 * refused with its line and column, and nothing is saved.
 */
public final class RulePages {

    static final int PREVIEW_ORDERS = 1000;

    public void list(Exchange ex) throws IOException {
        Services s = ex.services();
        ex.render("rules.ftlh", Map.of("rules", s.database().inTransaction(tx -> s.rules().list(tx))));
    }

    public void newForm(Exchange ex) throws IOException {
        form(ex, 200, new ReleaseRule(0, 0, "", "", ReleaseAction.MANUAL_QUEUE, "", 0, true), null, null);
    }

    public void edit(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        form(ex, 200, rule(ex, id), null, null);
    }

    public void save(Exchange ex) throws IOException {
        long id = ex.request().getPathInfo().equals("/rules") ? 0 : ex.pathId(1);
        Services s = ex.services();
        ReleaseRule submitted;
        try {
            submitted = read(ex, id);
        } catch (InvalidRuleException e) {
            form(ex, 422, fallback(ex, id), e.error(), null);
            return;
        }
        try {
            s.database().inTransaction(tx -> {
                int seq = submitted.seq();
                if (id == 0) {
                    seq = s.rules().list(tx).stream().mapToInt(ReleaseRule::seq).max().orElse(0) + 10;
                } else if (s.rules().list(tx).stream().noneMatch(r -> r.id() == id)) {
                    throw HttpError.notFound("Rule " + id);
                }
                return s.rules().save(tx, submitted.withSeq(seq), ex.who());
            });
        } catch (InvalidRuleException e) {
            form(ex, 422, submitted, e.error(), null);
            return;
        }
        ex.redirect(ex.base() + "/rules", "Rule '" + submitted.name() + "' saved.");
    }

    /** htmx: checks the condition as it is typed. */
    public void validate(Exchange ex) throws IOException {
        String condition = OrderPages.nz(ex.raw("condition"));
        Optional<RuleError> error = condition.isBlank() ? Optional.of(new RuleError("the condition is empty", 0, 0))
                : ex.services().rules().validate(condition);
        Map<String, Object> model = new HashMap<>();
        error.ifPresent(e -> model.putAll(errorModel(condition, e)));
        ex.render("rule-check.ftlh", model);
    }

    /** Which of the last orders the condition would catch, judged on the facts they were decided on. */
    public void preview(Exchange ex) throws IOException {
        String condition = OrderPages.nz(ex.raw("condition"));
        Services s = ex.services();
        Map<String, Object> model = new HashMap<>();
        Optional<RuleError> error = s.rules().validate(condition);
        if (condition.isBlank() || error.isPresent()) {
            model.putAll(errorModel(condition, error.orElse(new RuleError("the condition is empty", 0, 0))));
        } else {
            s.database().inTransaction(tx -> {
                List<Long> ids = s.rules().preview(tx, condition, PREVIEW_ORDERS);
                List<OrderProcessView> caught = new ArrayList<>();
                for (Long id : ids.subList(0, Math.min(ids.size(), 100))) {
                    s.process().view(tx, id).ifPresent(caught::add);
                }
                model.put("caughtCount", ids.size());
                model.put("caught", caught);
                return null;
            });
        }
        model.put("previewOrders", PREVIEW_ORDERS);
        if (ex.htmx()) {
            ex.render("rule-preview.ftlh", model);
        } else {
            ReleaseRule shown;
            try {
                shown = read(ex, 0);
            } catch (InvalidRuleException e) {
                shown = fallback(ex, 0);
            }
            form(ex, 200, shown, null, model);
        }
    }

    public void move(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        boolean up = "up".equals(ex.param("dir"));
        Services s = ex.services();
        s.database().inTransaction(tx -> {
            List<ReleaseRule> rules = s.rules().list(tx);
            int i = indexOf(rules, id);
            int j = up ? i - 1 : i + 1;
            if (j < 0 || j >= rules.size()) {
                return null;
            }
            // Renumber 10, 20, 30… with the two swapped, so equal or sparse seq values do not matter.
            List<ReleaseRule> ordered = new ArrayList<>(rules);
            ordered.set(i, rules.get(j));
            ordered.set(j, rules.get(i));
            for (int k = 0; k < ordered.size(); k++) {
                ReleaseRule r = ordered.get(k);
                if (r.seq() != (k + 1) * 10) {
                    s.rules().save(tx, r.withSeq((k + 1) * 10), ex.who());
                }
            }
            return null;
        });
        ex.redirect(ex.base() + "/rules", null);
    }

    public void toggle(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Services s = ex.services();
        ReleaseRule saved = s.database().inTransaction(tx -> {
            ReleaseRule r = find(s, tx, id);
            return s.rules().save(tx, new ReleaseRule(r.id(), r.seq(), r.name(), r.condition(), r.action(), r.reason(),
                    r.holdHours(), !r.active(), r.holdUntil()), ex.who());
        });
        ex.redirect(ex.base() + "/rules", "Rule '" + saved.name() + "' " + (saved.active() ? "active." : "inactive."));
    }

    public void delete(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Services s = ex.services();
        String name = s.database().inTransaction(tx -> {
            ReleaseRule r = find(s, tx, id);
            s.rules().delete(tx, id, ex.who());
            return r.name();
        });
        ex.redirect(ex.base() + "/rules", "Rule '" + name + "' deleted.");
    }

    // --- plumbing -------------------------------------------------------------------------

    private ReleaseRule rule(Exchange ex, long id) {
        Services s = ex.services();
        return s.database().inTransaction(tx -> find(s, tx, id));
    }

    private static ReleaseRule find(Services s, Tx tx, long id) {
        return s.rules().list(tx).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> HttpError.notFound("Rule " + id));
    }

    private static int indexOf(List<ReleaseRule> rules, long id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id() == id) {
                return i;
            }
        }
        throw HttpError.notFound("Rule " + id);
    }

    /** Reads the form; a malformed action or hold hours is refused like an invalid condition. */
    static ReleaseRule read(Exchange ex, long id) {
        String name = OrderPages.nz(ex.param("name"));
        ReleaseAction action;
        try {
            action = ReleaseAction.valueOf(OrderPages.nz(ex.param("action")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(name, new RuleError("choose an action: release, manual queue or hold", 0,
                    0));
        }
        int hold;
        try {
            hold = ex.param("holdHours") == null ? 0 : Integer.parseInt(ex.param("holdHours"));
        } catch (NumberFormatException e) {
            throw new InvalidRuleException(name, new RuleError("hold hours must be a whole number, was '"
                    + ex.param("holdHours") + "'", 0, 0));
        }
        int seq = 0;
        if (ex.param("seq") != null) {
            try {
                seq = Integer.parseInt(ex.param("seq"));
            } catch (NumberFormatException e) {
                throw new InvalidRuleException(name, new RuleError("the position must be a number", 0, 0));
            }
        }
        return new ReleaseRule(id, seq, name, OrderPages.nz(ex.raw("condition")), action,
                OrderPages.nz(ex.param("reason")), hold, ex.param("active") != null, ex.raw("holdUntil"));
    }

    private static ReleaseRule fallback(Exchange ex, long id) {
        return new ReleaseRule(id, 0, OrderPages.nz(ex.param("name")), OrderPages.nz(ex.raw("condition")),
                ReleaseAction.MANUAL_QUEUE, OrderPages.nz(ex.param("reason")), 0, ex.param("active") != null,
                ex.raw("holdUntil"));
    }

    /** The error with the offending line of the condition and a caret under the column. */
    static Map<String, Object> errorModel(String condition, RuleError e) {
        Map<String, Object> m = new HashMap<>();
        m.put("ruleError", e);
        m.put("errorText", e.toString());
        if (e.line() > 0) {
            String[] lines = condition.split("\r?\n", -1);
            if (e.line() <= lines.length) {
                m.put("errorLine", lines[e.line() - 1]);
                m.put("caret", " ".repeat(Math.max(0, e.column() - 1)) + "^");
            }
        }
        return m;
    }

    private void form(Exchange ex, int status, ReleaseRule rule, RuleError error, Map<String, Object> preview)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("rule", rule);
        model.put("actions", List.of(ReleaseAction.values()).stream().map(Enum::name).toList());
        model.put("facts", ex.services().rules().facts());
        model.put("previewOrders", PREVIEW_ORDERS);
        if (error != null) {
            boolean inHoldDate = error.message().startsWith("hold until") && rule.holdUntil() != null;
            model.putAll(errorModel(inHoldDate ? rule.holdUntil() : rule.condition(), error));
        }
        if (preview != null) {
            model.putAll(preview);
            model.put("showPreview", true);
        }
        ex.render(status, "rule.ftlh", model);
    }
}
