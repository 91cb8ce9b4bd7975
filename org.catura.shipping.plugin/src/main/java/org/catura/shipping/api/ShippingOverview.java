package org.catura.shipping.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Shipping per order, read-only, for pages, the REST API and the command line. */
public interface ShippingOverview {

    Optional<OrderShipping> of(Tx tx, long orderId);

    /** For a page of orders at once; orders without any shipping record are missing from the map. */
    Map<Long, OrderShipping> of(Tx tx, Collection<Long> orderIds);

    /** The orders whose shipment went to this carrier (search key), newest first, at most {@code limit}. */
    List<Long> ordersOf(Tx tx, String carrier, int limit);

    /** Orders whose carrier confirmation is overdue, longest overdue first. */
    List<OrderShipping> overdue(Tx tx, int limit);
}
