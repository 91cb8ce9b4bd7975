package org.catura.webui.internal.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.process.OrderProcessView;
import org.catura.webui.api.extension.OrderShippingFacts;
import org.catura.webui.api.extension.OrderShippingSource;

/**
 * The REST API's order list: each order's process row and, while shipping runs, its
 * {@code shipping} (carrier, service, tracking numbers, whether the confirmation is overdue);
 * {@code shipping} is null for an order shipping knows nothing of yet.
 */
final class OrderRows {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private OrderRows() {
    }

    static List<Map<String, Object>> withShipping(ObjectMapper json, List<OrderProcessView> orders,
            Optional<OrderShippingSource> shipping) {
        Map<Long, OrderShippingFacts> facts = shipping.isEmpty() || orders.isEmpty() ? Map.of()
                : shipping.get().of(orders.stream().map(OrderProcessView::orderId).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (OrderProcessView v : orders) {
            Map<String, Object> row = new LinkedHashMap<>(json.convertValue(v, MAP));
            if (shipping.isPresent()) {
                row.put("shipping", summary(facts.get(v.orderId())));
            }
            out.add(row);
        }
        return out;
    }

    static Map<String, Object> summary(OrderShippingFacts f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("carrier", f.carrier());
        m.put("carrierName", f.carrierName());
        m.put("service", f.service());
        m.put("serviceName", f.serviceName());
        m.put("trackingNumbers", f.trackingNumbers());
        m.put("parcels", f.parcels());
        m.put("transmittedAt", f.transmittedAt());
        m.put("confirmationDueAt", f.confirmationDueAt());
        m.put("overdue", f.overdue());
        return m;
    }
}
