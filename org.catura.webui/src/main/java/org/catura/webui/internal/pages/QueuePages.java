package org.catura.webui.internal.pages;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.ClaimRefusedException;
import org.catura.ticket.api.OrderMovedException;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.ShipToChange;
import org.catura.ticket.api.TicketException;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Services;

/**
 * The manual queue and the desk a clerk works one order at: claim, correct address, lines or
 * customer, send back to automation, cancel. A refusal (someone else holds the order, a field is
 * wrong) shows the desk again with the message, and nothing is changed.
 */
public final class QueuePages {

    public void list(Exchange ex) throws IOException {
        Services s = ex.services();
        ex.render("queue.ftlh", Map.of("queue", s.database().inTransaction(tx -> s.queue().list(tx))));
    }

    public void desk(Exchange ex) throws IOException {
        showDesk(ex, ex.pathId(1), 200, null, Map.of());
    }

    public void claim(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        act(ex, id, tx -> ex.services().queue().claim(tx, id, ex.who()), "You hold this order now.");
    }

    public void release(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        act(ex, id, tx -> {
            ex.services().queue().release(tx, id, ex.who());
            return null;
        }, "You gave the order up; others may claim it.");
    }

    public void address(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Location loc = new Location(ex.param("address1"), ex.param("address2"), ex.param("address3"), null,
                ex.param("city"), ex.param("postal"), ex.param("region"),
                ex.param("country") == null ? null : ex.param("country").toUpperCase(java.util.Locale.ROOT));
        ShipToChange change = new ShipToChange(ex.param("name"), loc, ex.param("phone"));
        act(ex, id, tx -> ex.services().queue().changeShipTo(tx, id, ex.who(), change),
                "Ship-to address corrected.");
    }

    public void lines(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        act(ex, id, tx -> ex.services().queue().replaceLines(tx, id, ex.who(), readLines(ex, tx)),
                "Order lines replaced.");
    }

    /** The hits for the desk's customer search, as the fragment htmx puts under the search field. */
    public void partners(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        Services s = ex.services();
        Map<String, Object> model = new HashMap<>();
        s.database().inTransaction(tx -> {
            model.put("partners", new PartnerSearch(s.erp()).find(tx, ex.param("q"), PartnerSearch.DEFAULT_LIMIT));
            Integer current = s.queue().get(tx, id).map(QueuedOrder::bpartnerId).orElse(null);
            model.put("currentPartner", current == null ? 0 : current);
            return null;
        });
        ex.render(200, "partner-hits.ftlh", model);
    }

    public void customer(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        String bp = ex.param("bpartnerId");
        if (bp == null) {
            showDesk(ex, id, 422, "Search for the customer and pick one of the hits first.", formEcho(ex));
            return;
        }
        int bpartnerId;
        try {
            bpartnerId = Integer.parseInt(bp == null ? "" : bp);
        } catch (NumberFormatException e) {
            showDesk(ex, id, 422, "The business partner must be given by its number (C_BPartner_ID), was '"
                    + (bp == null ? "" : bp) + "'.", Map.of());
            return;
        }
        act(ex, id, tx -> {
            if (ex.services().erp().businessPartners().get(tx, bpartnerId).isEmpty()) {
                throw new TicketException("There is no business partner " + bpartnerId + ".");
            }
            ex.services().queue().chooseCustomer(tx, id, ex.who(), bpartnerId, ex.param("reason"));
            return null;
        }, "Customer changed.");
    }

    public void back(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        OrderState[] next = new OrderState[1];
        boolean ok = run(ex, id, tx -> {
            next[0] = ex.services().queue().backToAutomation(tx, id, ex.who(), ex.param("comment"), seen(ex));
            return null;
        });
        if (ok) {
            ex.redirect(ex.base() + "/orders/" + id, "Sent back to automation; it continues at "
                    + ex.app().format().words(next[0]) + ".");
        }
    }

    public void cancel(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        boolean ok = run(ex, id, tx -> {
            ex.services().queue().cancel(tx, id, ex.who(), ex.param("reason"), seen(ex));
            return null;
        });
        if (ok) {
            ex.redirect(ex.base() + "/orders/" + id, "Order cancelled.");
        }
    }

    public void comment(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        String text = ex.param("text");
        if (text == null) {
            showDesk(ex, id, 422, "The comment is empty.", Map.of());
            return;
        }
        act(ex, id, tx -> {
            ex.services().queue().comment(tx, id, ex.who(), text);
            return null;
        }, "Comment added.");
    }

    // --- plumbing -------------------------------------------------------------------------

    /** The state the desk showed when the clerk decided (the form carries it); null from an older page. */
    static OrderState seen(Exchange ex) {
        String state = ex.param("state");
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return OrderState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw new LineException("The page sent an unknown order state '" + state + "'; reload the page.");
        }
    }

    /** One desk action, in its own transaction. */
    @FunctionalInterface
    private interface Action {
        Object run(Tx tx) throws Exception;
    }

    private void act(Exchange ex, long id, Action action, String done) throws IOException {
        if (run(ex, id, action)) {
            ex.redirect(ex.base() + "/queue/" + id, done);
        }
    }

    /** Runs the action in one transaction; on a refusal shows the desk with the message and returns false. */
    private boolean run(Exchange ex, long id, Action action) throws IOException {
        try {
            ex.services().database().inTransaction(action::run);
            return true;
        } catch (ClaimRefusedException | OrderMovedException e) {
            showDesk(ex, id, 409, e.getMessage(), formEcho(ex));
        } catch (TicketException | LineException e) {
            showDesk(ex, id, 422, e.getMessage(), formEcho(ex));
        }
        return false;
    }

    private static Map<String, Object> formEcho(Exchange ex) {
        Map<String, Object> echo = new HashMap<>();
        for (String name : List.of("reason", "comment", "text", "q")) {
            if (ex.param(name) != null) {
                echo.put(name, ex.param(name));
            }
        }
        return echo;
    }

    private void showDesk(Exchange ex, long id, int status, String error, Map<String, Object> echo)
            throws IOException {
        Services s = ex.services();
        Map<String, Object> model = new HashMap<>();
        s.database().inTransaction(tx -> {
            OrderDetails d = OrderDetails.load(s, tx, id);
            model.put("d", d);
            model.put("taxes", s.erp().taxes().list(tx));
            model.put("lineRows", lineRows(s, tx, d));
            // The search field's text comes with the desk's address (GET) or back with a refused choice.
            String q = echo.containsKey("q") ? (String) echo.get("q") : ex.param("q");
            model.put("partners", new PartnerSearch(s.erp()).find(tx, q, PartnerSearch.DEFAULT_LIMIT));
            model.put("currentPartner", d.customer() == null ? 0 : d.customer().id());
            return null;
        });
        OrderDetails d = (OrderDetails) model.get("d");
        if (d.queued() == null) {
            // A refusal because the order left the queue meanwhile says why; the desk has nothing to show.
            throw new HttpError(409, error != null ? error : "Order " + d.view().externalId()
                    + " is not waiting for a person; it is at " + ex.app().format().words(d.view().state()) + ".");
        }
        model.put("mine", ex.who().equals(d.queued().holder()));
        model.put("echo", echo);
        PostalAddress a = d.order() == null ? null : d.order().deliveryAddress();
        model.put("addr", a == null ? Map.of() : address(a));
        if (error != null) {
            model.put("error", error);
        }
        ex.render(status, "desk.ftlh", model);
    }

    private static Map<String, String> address(PostalAddress a) {
        Map<String, String> m = new HashMap<>();
        m.put("name", OrderPages.nz(a.name()));
        m.put("address1", OrderPages.nz(a.addressLine1()));
        m.put("address2", OrderPages.nz(a.addressLine2()));
        m.put("address3", OrderPages.nz(a.addressLine3()));
        m.put("city", OrderPages.nz(a.city()));
        m.put("postal", OrderPages.nz(a.postalCode()));
        m.put("region", OrderPages.nz(a.stateOrRegion()));
        m.put("country", OrderPages.nz(a.countryCode()));
        m.put("phone", OrderPages.nz(a.phone()));
        return m;
    }

    /** One editable line on the desk. */
    public record LineRow(String kind, String sku, int chargeId, String description, String qty, String price,
            int taxId) {
    }

    /**
     * The sales order's lines, plus a row for each imported item that has no product line yet (an
     * unknown SKU, say), prefilled with the marketplace's quantity and unit price.
     */
    static List<LineRow> lineRows(Services s, Tx tx, OrderDetails d) {
        List<LineRow> rows = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        int defaultTax = 0;
        if (d.salesOrder() != null) {
            for (OrderLine l : d.salesOrder().lines()) {
                defaultTax = defaultTax == 0 ? l.taxId() : defaultTax;
                if (l.productId() > 0) {
                    String sku = s.erp().products().get(tx, l.productId()).map(Product::sku).orElse("");
                    skus.add(sku);
                    rows.add(new LineRow("product", sku, 0, OrderPages.nz(l.description()), plain(l.qtyOrdered()),
                            plain(l.priceEntered()), l.taxId()));
                } else {
                    rows.add(new LineRow("charge", "", l.chargeId(), OrderPages.nz(l.description()),
                            plain(l.qtyOrdered()), plain(l.priceEntered()), l.taxId()));
                }
            }
        }
        if (defaultTax == 0) {
            List<Tax> taxes = s.erp().taxes().list(tx);
            defaultTax = taxes.isEmpty() ? 0 : taxes.get(0).id();
        }
        if (d.order() != null) {
            for (ImportedLine l : d.order().lines()) {
                if (!skus.contains(l.sku()) && l.quantity() != null && l.quantity().signum() > 0) {
                    BigDecimal unit = l.itemPrice().divide(l.quantity(), 2, java.math.RoundingMode.HALF_UP);
                    rows.add(new LineRow("product", OrderPages.nz(l.sku()), 0, OrderPages.nz(l.title()),
                            plain(l.quantity()), plain(unit), defaultTax));
                }
            }
        }
        return rows;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** A line of the form cannot be read; nothing is changed. */
    static final class LineException extends RuntimeException {
        LineException(String message) {
            super(message);
        }
    }

    /** Reads the lines form: parallel fields kind/sku/chargeId/description/qty/price/taxId; rows marked drop are left out. */
    private static List<OrderLineDraft> readLines(Exchange ex, Tx tx) {
        List<String> kind = ex.params("kind");
        List<String> sku = ex.params("sku");
        List<String> charge = ex.params("chargeId");
        List<String> desc = ex.params("description");
        List<String> qty = ex.params("qty");
        List<String> price = ex.params("price");
        List<String> tax = ex.params("taxId");
        List<String> drop = ex.params("drop");
        int n = kind.size();
        if (sku.size() != n || charge.size() != n || desc.size() != n || qty.size() != n || price.size() != n
                || tax.size() != n) {
            throw new LineException("The lines form was incomplete; reload the page and try again.");
        }
        List<OrderLineDraft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (drop.contains(String.valueOf(i))) {
                continue;
            }
            String where = "Line " + (i + 1) + ": ";
            BigDecimal q = number(where + "quantity", qty.get(i));
            BigDecimal p = number(where + "price", price.get(i));
            int taxId = (int) number(where + "tax", tax.get(i)).longValue();
            if ("charge".equals(kind.get(i))) {
                out.add(new OrderLineDraft(0, (int) number(where + "charge", charge.get(i)).longValue(),
                        desc.get(i), q, p, taxId));
            } else {
                String s = sku.get(i).strip();
                if (s.isEmpty()) {
                    throw new LineException(where + "give the SKU of a product.");
                }
                Product product = ex.services().erp().products().findBySku(tx, s)
                        .orElseThrow(() -> new LineException(where + "there is no product with SKU '" + s + "'."));
                out.add(OrderLineDraft.product(product.id(), desc.get(i), q, p, taxId));
            }
        }
        return out;
    }

    private static BigDecimal number(String what, String value) {
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            throw new LineException(what + " must be a number, was '" + (value == null ? "" : value) + "'.");
        }
    }
}
