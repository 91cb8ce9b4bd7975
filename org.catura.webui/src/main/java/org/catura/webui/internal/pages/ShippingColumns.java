package org.catura.webui.internal.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.process.OrderProcessView;
import org.catura.webui.api.extension.OrderShippingFacts;
import org.catura.webui.api.extension.OrderShippingSource;

/** The cockpit's carrier and tracking columns for the orders shown, keyed as the templates look them up. */
final class ShippingColumns {

    private ShippingColumns() {
    }

    static Map<String, OrderShippingFacts> byOrder(OrderShippingSource shipping, List<OrderProcessView> orders) {
        Map<String, OrderShippingFacts> out = new HashMap<>();
        if (orders == null || orders.isEmpty()) {
            return out;
        }
        shipping.of(orders.stream().map(OrderProcessView::orderId).toList())
                .forEach((id, facts) -> out.put(Long.toString(id), facts));
        return out;
    }
}
