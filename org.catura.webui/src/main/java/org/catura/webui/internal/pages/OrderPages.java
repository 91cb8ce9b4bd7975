package org.catura.webui.internal.pages;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.OrderShippingSource;
import org.catura.webui.internal.web.Services;

/** The cockpit (all orders, filters, counts, automation rate) and the order page. */
public final class OrderPages {

    static final int PAGE = 200;
    static final int CHART_DAYS = 14;
    static final int OVERDUE_SHOWN = 1000;

    public void cockpit(Exchange ex) throws IOException {
        Services s = ex.services();
        OrderSearch.Filter filter = filter(ex);
        OrderSearch search = new OrderSearch(s.process(), s.erp());
        Map<String, Object> model = new HashMap<>();
        s.database().inTransaction(tx -> {
            List<OrderProcessView> orders = search.find(tx, filter);
            model.put("orders", orders);
            if (!ex.htmx()) {
                Map<OrderState, Long> counts = s.process().countByState(tx);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (OrderState st : OrderState.values()) {
                    rows.add(Map.of("state", st.name(), "count", counts.getOrDefault(st, 0L)));
                }
                model.put("counts", rows);
                model.put("channels", search.channels(tx));
                model.put("health", new WorkerHealth(s.process().workers()));
                List<AutomationRate.Day> days = new AutomationRate(s.process(), s.tickets())
                        .days(tx, LocalDate.now(ZoneOffset.UTC), CHART_DAYS);
                model.put("bars", AutomationRate.bars(days, 700, 160));
                int total = days.stream().mapToInt(AutomationRate.Day::orders).sum();
                int manual = days.stream().mapToInt(AutomationRate.Day::manual).sum();
                model.put("rateTotal", total);
                model.put("ratePercent", total == 0 ? 0 : Math.round(100.0 * (total - manual) / total));
            }
            return null;
        });
        model.put("states", List.of(OrderState.values()).stream().map(Enum::name).toList());
        model.put("f", Map.of("state", filter.state() == null ? "" : filter.state().name(),
                "channel", nz(filter.channel()), "from", filter.from() == null ? "" : filter.from().toString(),
                "to", filter.to() == null ? "" : filter.to().toString(), "q", nz(filter.text()),
                "carrier", nz(filter.carrier())));
        s.shipping().get().ifPresent(shipping -> {
            @SuppressWarnings("unchecked")
            List<OrderProcessView> shown = (List<OrderProcessView>) model.get("orders");
            model.put("shipping", ShippingColumns.byOrder(shipping, shown));
            if (!ex.htmx()) {
                model.put("carriers", shipping.carriers());
                model.put("overdue", shipping.overdue(OVERDUE_SHOWN));
            }
        });
        model.put("limit", PAGE);
        if (!ex.htmx()) {
            s.imports().get().ifPresent(i -> model.put("importErrors", i.openErrorCount()));
        }
        ex.render(ex.htmx() ? "orders-table.ftlh" : "cockpit.ftlh", model);
    }

    public void order(Exchange ex) throws IOException {
        long id = ex.pathId(1);
        OrderDetails d = ex.services().database().inTransaction(tx -> OrderDetails.load(ex.services(), tx, id));
        ex.render("order.ftlh", Map.of("d", d));
    }

    public static OrderSearch.Filter filter(Exchange ex) {
        OrderState state = null;
        if (ex.param("state") != null) {
            try {
                state = OrderState.valueOf(ex.param("state"));
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("Unknown state '" + ex.param("state") + "'.");
            }
        }
        String carrier = ex.param("carrier");
        java.util.Set<Long> carrierOrders = null;
        if (carrier != null) {
            OrderShippingSource shipping = ex.services().shipping().get().orElseThrow(() -> new HttpError(503,
                    "Shipping is not running, so orders cannot be filtered by carrier; start the shipping bundle."));
            carrierOrders = java.util.Set.copyOf(shipping.ordersOf(carrier, OrderSearch.WINDOW));
        }
        return new OrderSearch.Filter(state, ex.param("channel"), date(ex, "from"), date(ex, "to"), ex.param("q"),
                limit(ex), carrier, carrierOrders);
    }

    private static int limit(Exchange ex) {
        String l = ex.param("limit");
        try {
            return l == null ? PAGE : Math.max(1, Math.min(1000, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("limit must be a number, was '" + l + "'.");
        }
    }

    private static LocalDate date(Exchange ex, String name) {
        String v = ex.param(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("The date '" + v + "' (" + name + ") is not a date like 2026-11-20.");
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
