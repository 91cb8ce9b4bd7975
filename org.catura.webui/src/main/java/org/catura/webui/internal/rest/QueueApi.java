package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;
import static org.catura.webui.internal.rest.Json.decimal;
import static org.catura.webui.internal.rest.Json.number;
import static org.catura.webui.internal.rest.Json.text;
import static org.catura.webui.internal.rest.Json.tx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.ShipToChange;
import org.catura.ticket.api.TicketException;
import org.catura.webui.api.Role;
import org.catura.webui.internal.pages.PartnerSearch;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Route;
import org.catura.webui.internal.web.Services;

/**
 * {@code /api/queue}: what the desk page does, as JSON — list, one queued order, claim, give up,
 * correct the ship-to address, the lines or the customer, comment, back to automation, cancel.
 * Only the holder may correct; others get 409 with the holder's name.
 */
final class QueueApi {

    private static final String ID = "/queue/(\\d+)";

    private QueueApi() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get("/queue", Role.CLERK, ex -> ex.json(200, tx(ex, s -> s.services().queue().list(s.tx())))),
                Route.get(ID, Role.CLERK, ex -> ex.json(200, tx(ex, s -> s.services().queue().get(s.tx(),
                        ex.pathId(1)).orElseThrow(() -> HttpError.notFound("Order " + ex.pathId(1)
                                + " is not waiting for a person"))))),
                Route.get("/partners", Role.CLERK, QueueApi::partners),
                Route.post(ID + "/claim", Role.CLERK,
                        ex -> ex.json(200, tx(ex, s -> s.services().queue().claim(s.tx(), ex.pathId(1), ex.who())))),
                Route.post(ID + "/release", Role.CLERK, ex -> {
                    tx(ex, s -> {
                        s.services().queue().release(s.tx(), ex.pathId(1), ex.who());
                        return null;
                    });
                    ex.json(200, Map.of("released", true));
                }),
                Route.post(ID + "/address", Role.CLERK, QueueApi::address),
                Route.post(ID + "/lines", Role.CLERK, QueueApi::lines),
                Route.post(ID + "/customer", Role.CLERK, QueueApi::customer),
                Route.post(ID + "/comment", Role.CLERK, ex -> {
                    String text = text(body(ex), "text");
                    if (text == null || text.isBlank()) {
                        throw HttpError.badRequest("The comment (text) is empty.");
                    }
                    tx(ex, s -> {
                        s.services().queue().comment(s.tx(), ex.pathId(1), ex.who(), text);
                        return null;
                    });
                    ex.json(200, Map.of("commented", true));
                }),
                Route.post(ID + "/back", Role.CLERK, ex -> {
                    Map<String, Object> body = body(ex);
                    ex.json(200, Map.of("continuesAt", tx(ex, s -> s.services().queue().backToAutomation(s.tx(),
                            ex.pathId(1), ex.who(), text(body, "comment"), seen(body)))));
                }),
                Route.post(ID + "/cancel", Role.CLERK, ex -> {
                    Map<String, Object> body = body(ex);
                    tx(ex, s -> {
                        s.services().queue().cancel(s.tx(), ex.pathId(1), ex.who(), text(body, "reason"),
                                seen(body));
                        return null;
                    });
                    ex.json(200, Map.of("cancelled", true));
                }));
    }

    /** The state the caller saw the order in ({@code state}), for a compare-and-set move; null: as it is now. */
    private static OrderState seen(Map<String, Object> body) {
        String state = text(body, "state");
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return OrderState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("state '" + state + "' is no order state (MANUAL_QUEUE, say).");
        }
    }

    /** {@code {name, address1, address2, address3, city, postal, region, country, phone}}. */
    private static void address(Exchange ex) throws Exception {
        Map<String, Object> b = body(ex);
        String country = text(b, "country");
        ShipToChange change = new ShipToChange(text(b, "name"), new Location(text(b, "address1"), text(b, "address2"),
                text(b, "address3"), null, text(b, "city"), text(b, "postal"), text(b, "region"),
                country == null ? null : country.toUpperCase(Locale.ROOT)), text(b, "phone"));
        SalesOrder changed = tx(ex, s -> s.services().queue().changeShipTo(s.tx(), ex.pathId(1), ex.who(), change));
        // Without a sales order yet the imported delivery address was corrected.
        ex.json(200, changed != null ? changed : Map.of("deliveryAddressCorrected", true));
    }

    /** {@code {lines: [{sku | chargeId, description, qty, price, taxId}]}}: replaces the sales order's lines. */
    private static void lines(Exchange ex) throws Exception {
        Object raw = body(ex).get("lines");
        if (!(raw instanceof List<?> given) || given.isEmpty()) {
            throw HttpError.badRequest("lines must be a non-empty list of {sku or chargeId, description, qty, price,"
                    + " taxId}.");
        }
        ex.json(200, tx(ex, s -> s.services().queue().replaceLines(s.tx(), ex.pathId(1), ex.who(),
                drafts(s.services(), s.tx(), given))));
    }

    private static List<OrderLineDraft> drafts(Services s, Tx tx, List<?> given) {
        List<OrderLineDraft> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!(given.get(i) instanceof Map<?, ?> m)) {
                throw HttpError.badRequest("Line " + (i + 1) + " is not an object.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) m;
            String where = "Line " + (i + 1) + ": ";
            int chargeId = number(line, "chargeId", 0);
            int taxId = number(line, "taxId", 0);
            if (chargeId > 0) {
                out.add(new OrderLineDraft(0, chargeId, text(line, "description"), decimal(line, "qty"),
                        decimal(line, "price"), taxId));
                continue;
            }
            String sku = text(line, "sku");
            if (sku == null || sku.isBlank()) {
                throw HttpError.badRequest(where + "give the SKU of a product or a chargeId.");
            }
            Product product = s.erp().products().findBySku(tx, sku.strip())
                    .orElseThrow(() -> new TicketException(where + "there is no product with SKU '" + sku + "'."));
            out.add(OrderLineDraft.product(product.id(), text(line, "description"), decimal(line, "qty"),
                    decimal(line, "price"), taxId));
        }
        return out;
    }

    /**
     * {@code GET /api/partners?q=&limit=}: active customers by name, e-mail, postal code or customer
     * number, best first, with their locations and contacts; the partner to give as {@code bpartnerId}.
     */
    private static void partners(Exchange ex) throws Exception {
        String q = ex.param("q");
        if (q == null) {
            throw HttpError.badRequest("Give the text to search for as q: a name, e-mail, postal code or customer"
                    + " number.");
        }
        int limit = PartnerSearch.DEFAULT_LIMIT;
        if (ex.param("limit") != null) {
            try {
                limit = Integer.parseInt(ex.param("limit"));
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("limit must be a number from 1 to " + PartnerSearch.MAX_LIMIT + ", was '"
                        + ex.param("limit") + "'.");
            }
            if (limit < 1 || limit > PartnerSearch.MAX_LIMIT) {
                throw HttpError.badRequest("limit must be from 1 to " + PartnerSearch.MAX_LIMIT + ", was " + limit
                        + ".");
            }
        }
        int max = limit;
        PartnerSearch.Result found = tx(ex, s -> new PartnerSearch(s.services().erp()).find(s.tx(), q, max));
        if (found.tooShort()) {
            throw HttpError.badRequest(found.problem());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("q", found.text());
        answer.put("limit", found.limit());
        answer.put("partners", found.partners());
        if (found.problem() != null) {
            answer.put("message", found.problem());
        }
        ex.json(200, answer);
    }

    /** {@code {bpartnerId, reason}}: the order belongs to this business partner. */
    private static void customer(Exchange ex) throws Exception {
        Map<String, Object> b = body(ex);
        int bpartnerId = number(b, "bpartnerId", 0);
        tx(ex, s -> {
            if (s.services().erp().businessPartners().get(s.tx(), bpartnerId).isEmpty()) {
                throw new TicketException("There is no business partner " + bpartnerId + ".");
            }
            s.services().queue().chooseCustomer(s.tx(), ex.pathId(1), ex.who(), bpartnerId, text(b, "reason"));
            return null;
        });
        ex.json(200, Map.of("bpartnerId", bpartnerId));
    }
}
