package org.catura.webui.api.extension;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where orders stand in shipping, as the cockpit, the order page and the REST API show it. The
 * shipping plugin offers it as an OSGi service (over its {@code ShippingOverview}); the web UI
 * references it optionally and shows no shipping columns while there is none. It lives here, not
 * in the shipping API, because the shipping plugin builds on the web UI and not the other way round.
 * Each call reads in a transaction of its own.
 */
public interface OrderShippingSource {

    /** For a page of orders at once; orders without any shipping record are missing from the map. */
    Map<Long, OrderShippingFacts> of(Collection<Long> orderIds);

    default Optional<OrderShippingFacts> of(long orderId) {
        return Optional.ofNullable(of(List.of(orderId)).get(orderId));
    }

    /** The orders whose shipment went to this carrier (search key), newest first, at most {@code limit}. */
    List<Long> ordersOf(String carrier, int limit);

    /** The carriers' search keys and names, for the cockpit's filter. */
    Map<String, String> carriers();

    /** Orders whose carrier confirmation is overdue, longest overdue first. */
    List<OrderShippingFacts> overdue(int limit);
}
