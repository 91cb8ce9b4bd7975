package org.catura.runtime.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.catura.core.api.process.OrderProcessView;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.ShippingOverview;
import org.catura.shipping.api.TrackedParcel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "List the orders with their process state, newest first.")
final class OrdersCommand implements Callable<Integer> {

    private static final Duration SHIPPING_WAIT = Duration.ofSeconds(5);
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    private final Framework framework;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--json", description = "Print JSON instead of a table")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N orders (default: ${DEFAULT-VALUE})")
    int limit;

    private static List<String> trackingNumbers(OrderShipping s) {
        return s.parcels().stream().map(TrackedParcel::trackingNo).toList();
    }

    OrdersCommand(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, got " + limit);
        }
        List<OrderProcessView> orders;
        Map<Long, OrderShipping> shipping;
        try (Session session = database.open(framework, 0)) {
            orders = session.database().inTransaction(tx -> session.process().list(tx, Optional.empty(), limit));
            Optional<ShippingOverview> overview = shippingOverview(session);
            shipping = overview.isEmpty() || orders.isEmpty() ? Map.of() : session.database().inTransaction(tx ->
                    overview.get().of(tx, orders.stream().map(OrderProcessView::orderId).toList()));
        }
        print(orders, shipping, json, System.out);
        return 0;
    }

    /** Shipping's overview when the shipping bundle runs; the list works without it. */
    private static Optional<ShippingOverview> shippingOverview(Session session) {
        try {
            return Optional.of(session.framework().await(ShippingOverview.class, SHIPPING_WAIT));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static void print(List<OrderProcessView> orders, boolean json, PrintStream out) throws Exception {
        print(orders, Map.of(), json, out);
    }

    /**
     * The orders with their carrier, service and tracking numbers (JSON: {@code carrier},
     * {@code service}, {@code trackingNumbers}; null and empty while shipping knows nothing of an order).
     */
    static void print(List<OrderProcessView> orders, Map<Long, OrderShipping> shipping, boolean json,
            PrintStream out) throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (OrderProcessView o : orders) {
                Map<String, Object> row = new LinkedHashMap<>(mapper.convertValue(o, ROW));
                OrderShipping s = shipping.get(o.orderId());
                row.put("carrier", s == null ? null : s.carrier());
                row.put("service", s == null ? null : s.service());
                row.put("trackingNumbers", s == null ? List.of() : trackingNumbers(s));
                row.put("confirmationOverdue", s != null && s.overdue());
                rows.add(row);
            }
            out.println(mapper.writeValueAsString(rows));
            return;
        }
        out.printf("%-8s %-10s %-21s %-18s %-8s %-16s %-24s %s%n", "ID", "CHANNEL", "EXTERNAL ID", "STATE",
                "ATTEMPTS", "CARRIER", "TRACKING", "LAST ERROR");
        for (OrderProcessView o : orders) {
            OrderShipping s = shipping.get(o.orderId());
            String carrier = s == null || s.carrier() == null ? "" : s.carrier()
                    + (s.service() == null ? "" : "/" + s.service()) + (s.overdue() ? "!" : "");
            out.printf("%-8d %-10s %-21s %-18s %-8d %-16s %-24s %s%n", o.orderId(), o.channel(), o.externalId(),
                    o.state() + (o.parked() ? "*" : ""), o.attempts(), carrier,
                    s == null ? "" : String.join(",", trackingNumbers(s)), o.lastError() == null ? "" : o.lastError());
        }
        if (shipping.values().stream().anyMatch(OrderShipping::overdue)) {
            out.println("! the carrier's confirmation is overdue");
        }
        out.println(orders.size() + " order(s)" + (orders.stream().anyMatch(OrderProcessView::parked)
                ? "; * parked for a person" : ""));
    }
}
