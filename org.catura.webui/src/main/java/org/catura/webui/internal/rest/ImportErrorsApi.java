package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;
import static org.catura.webui.internal.rest.Json.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ReimportResult;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.internal.web.Route;

/**
 * {@code /api/import-errors}: the open import errors (clerks read them), skip and retry (admins),
 * as the import errors page offers them. The order as Amazon sent it is left out: it carries the
 * buyer's personal data and nobody needs it to decide.
 */
final class ImportErrorsApi {

    private ImportErrorsApi() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get("/import-errors", Role.CLERK, ex -> {
                    List<ImportError> open = imports(ex).openErrors(500);
                    ex.json(200, Map.of("count", imports(ex).openErrorCount(),
                            "errors", open.stream().map(ImportErrorsApi::row).toList()));
                }),
                Route.post("/import-errors/skip", Role.ADMIN, ex -> {
                    Map<String, Object> b = body(ex);
                    String channel = required(b, "channel");
                    String order = required(b, "amazonOrderId");
                    if (!imports(ex).skipOrder(channel, order, ex.who())) {
                        throw new HttpError(404, "Amazon order " + order + " of " + channel
                                + " has no open import error; nothing skipped.");
                    }
                    ex.json(200, Map.of("channel", channel, "amazonOrderId", order, "skipped", true,
                            "by", ex.who()));
                }),
                Route.post("/import-errors/retry", Role.ADMIN, ex -> {
                    Map<String, Object> b = body(ex);
                    ReimportResult r = imports(ex).reimportOrder(required(b, "channel"), required(b, "amazonOrderId"));
                    ex.json(200, r);
                }));
    }

    private static Map<String, Object> row(ImportError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errorId", e.errorId());
        m.put("channel", e.channel());
        m.put("amazonOrderId", e.amazonOrderId());
        m.put("message", e.message());
        m.put("attempts", e.attempts());
        m.put("firstSeenAt", e.firstSeenAt());
        m.put("lastSeenAt", e.lastSeenAt());
        m.put("orderLastUpdatedAt", e.orderLastUpdatedAt());
        m.put("ticketId", e.ticketId());
        return m;
    }

    private static AmazonImports imports(Exchange ex) {
        return ex.services().imports().get().orElseThrow(() -> new HttpError(503,
                "The Amazon import is not running on this node; start its bundle and try again."));
    }

    private static String required(Map<String, Object> body, String name) {
        String value = text(body, name);
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("The field " + name + " is missing.");
        }
        return value.strip();
    }
}
