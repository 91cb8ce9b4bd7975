package org.catura.shipping.internal.overview;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.ShippingOverview;
import org.catura.shipping.internal.ShippingSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link ShippingOverview} service. */
@Component(service = ShippingOverview.class)
public final class ShippingOverviewComponent implements ShippingOverview {

    private final ShippingOverviewStore store = new ShippingOverviewStore(Clock.systemUTC());

    @Activate
    public ShippingOverviewComponent(@Reference ShippingSchema schema) {
        // the schema reference only orders activation
    }

    @Override
    public Optional<OrderShipping> of(Tx tx, long orderId) {
        return store.of(tx, orderId);
    }

    @Override
    public Map<Long, OrderShipping> of(Tx tx, Collection<Long> orderIds) {
        return store.of(tx, orderIds);
    }

    @Override
    public List<Long> ordersOf(Tx tx, String carrier, int limit) {
        return store.ordersOf(tx, carrier, limit);
    }

    @Override
    public List<OrderShipping> overdue(Tx tx, int limit) {
        return store.overdue(tx, limit);
    }
}
