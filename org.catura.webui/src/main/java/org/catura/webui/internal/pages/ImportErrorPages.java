package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ReimportResult;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Exchange;

/**
 * Orders a channel's import could not take in: every open import error, for clerks to see and
 * admins to skip (the import gives up on the order) or retry (fetch it now with getOrder).
 */
public final class ImportErrorPages {

    static final int LIMIT = 500;

    public void list(Exchange ex) throws IOException {
        Map<String, Object> model = new HashMap<>();
        List<ImportError> open = ex.services().imports().get().map(i -> i.openErrors(LIMIT)).orElse(List.of());
        model.put("available", ex.services().imports().get().isPresent());
        model.put("errors", open);
        model.put("admin", ex.can(Role.ADMIN));
        model.put("limit", LIMIT);
        ex.render("import-errors.ftlh", model);
    }

    public void skip(Exchange ex) throws IOException {
        String channel = required(ex, "channel");
        String order = required(ex, "order");
        boolean skipped = imports(ex).skipOrder(channel, order, ex.who());
        ex.redirect(ex.base() + "/import-errors", skipped
                ? "Amazon order " + order + " skipped: the import no longer tries it and its ticket is closed."
                : "Amazon order " + order + " of " + channel + " had no open import error; nothing skipped.");
    }

    public void retry(Exchange ex) throws IOException {
        String channel = required(ex, "channel");
        String order = required(ex, "order");
        ex.redirect(ex.base() + "/import-errors", retried(imports(ex).reimportOrder(channel, order)));
    }

    /** What a retry did, in a sentence for the person who pressed the button. */
    public static String retried(ReimportResult r) {
        return switch (r.outcome()) {
            case CREATED, UPDATED, UNCHANGED -> "Amazon order " + r.amazonOrderId() + " imported; its ticket is closed.";
            case NOT_FOUND -> "Amazon does not know order " + r.amazonOrderId() + " (any more): skip it.";
            case FAILED -> "Amazon order " + r.amazonOrderId() + " still cannot be imported: " + r.message();
        };
    }

    static AmazonImports imports(Exchange ex) {
        return ex.services().imports().get().orElseThrow(() -> new HttpError(503,
                "The Amazon import is not running on this node; start its bundle and try again."));
    }

    private static String required(Exchange ex, String name) {
        String value = ex.param(name);
        if (value == null) {
            throw HttpError.badRequest("Which " + (name.equals("order") ? "Amazon order" : name)
                    + "? The field " + name + " is missing.");
        }
        return value;
    }
}
