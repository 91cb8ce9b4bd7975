package org.catura.shipping.internal.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.shipping.api.Carrier;
import org.catura.shipping.api.CarrierKind;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.ShippingOverview;
import org.catura.shipping.api.TrackedParcel;

/**
 * Shipping per order from shipping_decision, shipping_transmission and shipping_parcel. An order
 * with several delivery notes shows its latest decision and transmission and every parcel; it is
 * overdue while any of its transmissions is past its due time unconfirmed.
 */
public final class ShippingOverviewStore implements ShippingOverview {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock;

    public ShippingOverviewStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<OrderShipping> of(Tx tx, long orderId) {
        return Optional.ofNullable(of(tx, List.of(orderId)).get(orderId));
    }

    @Override
    public Map<Long, OrderShipping> of(Tx tx, Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Object ids = Sql.array(tx, "bigint", orderIds.toArray());
        Map<Long, Decision> decisions = new HashMap<>();
        Sql.query(tx, """
                select distinct on (d.order_id) d.order_id, d.carrier, c.Name, d.service, s.Name, d.price,
                       d.transit_days, d.summary, d.decision::text
                  from shipping_decision d
                  left join CAT_Carrier c on c.AD_Client_ID = ? and c.Value = d.carrier
                  left join CAT_ShippingService s on s.CAT_ShippingService_ID = d.service_id
                 where d.order_id = any(?) order by d.order_id, d.decided_at desc""", rs -> {
            decisions.put(rs.getLong(1), new Decision(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), Sql.integer(rs, "transit_days"), rs.getString(8), exclusions(rs.getString(9))));
            return null;
        }, tx.clientId(), ids);
        Instant now = clock.instant();
        Map<Long, Sent> sent = new HashMap<>();
        Sql.query(tx, """
                select order_id, max(transmitted_at) as transmitted_at,
                       min(confirm_due_at) filter (where confirmed_at is null) as due_at,
                       bool_or(confirmed_at is null and confirm_due_at < ?), max(c.Value), max(c.Name)
                  from shipping_transmission t left join CAT_Carrier c on c.CAT_Carrier_ID = t.carrier_id
                 where order_id = any(?) group by order_id""", rs -> {
            sent.put(rs.getLong(1), new Sent(Sql.instant(rs, "transmitted_at"), Sql.instant(rs, "due_at"),
                    rs.getBoolean(4), rs.getString(5), rs.getString(6)));
            return null;
        }, Sql.timestamp(now), ids);
        Map<Long, List<TrackedParcel>> parcels = new HashMap<>();
        Sql.query(tx, """
                select p.order_id, p.shipment_id, p.parcel_no, p.tracking_no, p.shipped_at, p.carrier, c.TrackingURL
                  from shipping_parcel p left join CAT_Carrier c on c.AD_Client_ID = ? and c.Value = p.carrier
                 where p.order_id = any(?) order by p.order_id, p.shipment_id, p.parcel_no""", rs -> {
            String url = trackingUrl(rs.getString(6), rs.getString(7), rs.getString(4));
            parcels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TrackedParcel(rs.getInt(2),
                    rs.getInt(3), rs.getString(4), url, Sql.instant(rs, "shipped_at")));
            return null;
        }, tx.clientId(), ids);
        Map<Long, OrderShipping> out = new LinkedHashMap<>();
        for (Long id : orderIds) {
            Decision d = decisions.get(id);
            Sent s = sent.get(id);
            List<TrackedParcel> p = parcels.getOrDefault(id, List.of());
            if (d == null && s == null && p.isEmpty()) {
                continue;
            }
            String carrier = d != null && d.carrier() != null ? d.carrier() : s == null ? null : s.carrier();
            String carrierName = d != null && d.carrierName() != null ? d.carrierName() : s == null ? null : s.carrierName();
            out.put(id, new OrderShipping(id, carrier, carrierName, d == null ? null : d.service(),
                    d == null ? null : d.serviceName(), d == null ? null : d.price(), d == null ? null : d.transitDays(),
                    d == null ? null : d.summary(), d == null ? List.of() : d.exclusions(),
                    s == null ? null : s.transmittedAt(), s == null ? null : s.dueAt(), s != null && s.overdue(), p));
        }
        return out;
    }

    @Override
    public List<Long> ordersOf(Tx tx, String carrier, int limit) {
        return Sql.query(tx, """
                select order_id from (
                  select order_id, decided_at as at from shipping_decision where lower(carrier) = lower(?)
                  union all
                  select t.order_id, t.transmitted_at from shipping_transmission t join CAT_Carrier c
                      on c.CAT_Carrier_ID = t.carrier_id where lower(c.Value) = lower(?)) x
                 group by order_id order by max(at) desc limit ?""", rs -> rs.getLong(1), carrier, carrier,
                Math.max(0, limit));
    }

    @Override
    public List<OrderShipping> overdue(Tx tx, int limit) {
        List<Long> ids = Sql.query(tx, """
                select order_id from shipping_transmission where confirmed_at is null and confirm_due_at < ?
                 group by order_id order by min(confirm_due_at) limit ?""", rs -> rs.getLong(1),
                Sql.timestamp(clock.instant()), Math.max(0, limit));
        Map<Long, OrderShipping> all = of(tx, ids);
        return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Contract 1: "serviceName: reason; reason" for each ineligible candidate. */
    static List<String> exclusions(String decision) {
        List<String> out = new ArrayList<>();
        try {
            JsonNode candidates = JSON.readTree(decision).path("candidates");
            for (JsonNode c : candidates) {
                if (c.path("eligible").asBoolean(true)) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                c.path("reasons").forEach(r -> reasons.add(r.asText()));
                out.add(c.path("serviceName").asText(c.path("service").asText()) + ": " + String.join("; ", reasons));
            }
        } catch (IOException e) {
            out.add("The stored decision cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static String trackingUrl(String carrier, String pattern, String trackingNo) {
        if (carrier == null) {
            return null;
        }
        return new Carrier(0, carrier, carrier, CarrierKind.PARCEL, 0, null, null, pattern, true)
                .trackingUrl(trackingNo).orElse(null);
    }

    private record Decision(String carrier, String carrierName, String service, String serviceName, BigDecimal price,
            Integer transitDays, String summary, List<String> exclusions) {
    }

    private record Sent(Instant transmittedAt, Instant dueAt, boolean overdue, String carrier, String carrierName) {
    }
}
