package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;
import static org.catura.webui.internal.rest.Json.text;
import static org.catura.webui.internal.rest.Json.tx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.ticket.api.Ticket;
import org.catura.webui.api.Role;
import org.catura.webui.internal.pages.TicketPages;
import org.catura.webui.internal.pages.TicketRules;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Route;

/**
 * {@code /api/tickets}: list with the page's filters, one ticket with its history, comment,
 * assign (take), status and close — with the same rules as the pages ({@link TicketRules}).
 */
final class TicketApi {

    private static final String ID = "/tickets/(\\d+)";

    private TicketApi() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get("/tickets", Role.CLERK,
                        ex -> ex.json(200, tx(ex, s -> s.services().tickets().find(s.tx(), TicketPages.query(ex))))),
                Route.get(ID, Role.CLERK, TicketApi::ticket),
                Route.post(ID + "/comment", Role.CLERK, ex -> {
                    String text = text(body(ex), "text");
                    if (text == null || text.isBlank()) {
                        throw HttpError.badRequest("The comment (text) is empty.");
                    }
                    ex.json(200, tx(ex, s -> TicketRules.comment(ex, s.tx(), ex.pathId(1), text)));
                }),
                Route.post(ID + "/assign", Role.CLERK, ex -> {
                    Map<String, Object> b = body(ex);
                    ex.json(200, tx(ex, s -> TicketRules.assign(ex, s.tx(), ex.pathId(1), text(b, "assignee"),
                            text(b, "comment"))));
                }),
                Route.post(ID + "/status", Role.CLERK, ex -> {
                    Map<String, Object> b = body(ex);
                    ex.json(200, tx(ex, s -> TicketRules.changeStatus(ex, s.tx(), ex.pathId(1), text(b, "status"),
                            text(b, "comment"))));
                }),
                Route.post(ID + "/close", Role.CLERK, ex -> {
                    Map<String, Object> b = body(ex);
                    ex.json(200, tx(ex, s -> TicketRules.close(ex, s.tx(), ex.pathId(1), text(b, "comment"))));
                }));
    }

    private static void ticket(Exchange ex) throws Exception {
        long id = ex.pathId(1);
        Map<String, Object> out = new LinkedHashMap<>();
        tx(ex, s -> {
            Ticket t = s.services().tickets().get(s.tx(), id).orElseThrow(() -> HttpError.notFound("Ticket " + id));
            out.put("ticket", t);
            out.put("history", s.services().tickets().history(s.tx(), id));
            return null;
        });
        ex.json(200, out);
    }
}
