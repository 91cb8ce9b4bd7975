package org.catura.shipping.internal.cockpit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.catura.core.api.db.Database;
import org.catura.shipping.api.Carrier;
import org.catura.shipping.api.Carriers;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.ShippingOverview;
import org.catura.shipping.api.TrackedParcel;
import org.catura.webui.api.extension.OrderShippingFacts;
import org.catura.webui.api.extension.OrderShippingSource;

/**
 * The shipping overview as the web UI's cockpit asks for it: the web UI cannot see the shipping
 * API (this bundle builds on the web UI), so the overview is handed over in the web UI's own terms.
 * Only http(s) tracking pages become links.
 */
public class CockpitShipping implements OrderShippingSource {

    private final Database database;
    private final ShippingOverview overview;
    private final Supplier<Carriers> carriers;

    public CockpitShipping(Database database, ShippingOverview overview, Supplier<Carriers> carriers) {
        this.database = database;
        this.overview = overview;
        this.carriers = carriers;
    }

    @Override
    public Map<Long, OrderShippingFacts> of(Collection<Long> orderIds) {
        Map<Long, OrderShipping> found = database.inTransaction(tx -> overview.of(tx, orderIds));
        Map<Long, OrderShippingFacts> out = new LinkedHashMap<>();
        found.forEach((id, s) -> out.put(id, facts(s)));
        return out;
    }

    @Override
    public List<Long> ordersOf(String carrier, int limit) {
        return database.inTransaction(tx -> overview.ordersOf(tx, carrier, limit));
    }

    @Override
    public Map<String, String> carriers() {
        Carriers c = carriers.get();
        if (c == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        database.inTransaction(tx -> c.list(tx)).stream()
                .sorted(java.util.Comparator.comparing(Carrier::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(k -> out.put(k.value(), k.name()));
        return out;
    }

    @Override
    public List<OrderShippingFacts> overdue(int limit) {
        return database.inTransaction(tx -> overview.overdue(tx, limit)).stream().map(CockpitShipping::facts).toList();
    }

    static OrderShippingFacts facts(OrderShipping s) {
        return new OrderShippingFacts(s.orderId(), s.carrier(), s.carrierName(), s.service(), s.serviceName(),
                s.price(), s.transitDays(), s.decision(), s.exclusions(), s.transmittedAt(), s.confirmationDueAt(),
                s.overdue(), s.parcels().stream().map(CockpitShipping::parcel).toList());
    }

    private static OrderShippingFacts.Parcel parcel(TrackedParcel p) {
        String url = p.trackingUrl() != null && p.trackingUrl().matches("(?i)https?://\\S+") ? p.trackingUrl() : null;
        return new OrderShippingFacts.Parcel(p.shipmentId(), p.parcelNo(), p.trackingNo(), url, p.shippedAt());
    }
}
