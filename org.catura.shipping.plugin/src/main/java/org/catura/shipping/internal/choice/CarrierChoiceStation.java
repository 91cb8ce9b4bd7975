package org.catura.shipping.internal.choice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.shipping.internal.matrix.Candidate;
import org.catura.shipping.internal.matrix.Decision;
import org.catura.shipping.internal.matrix.Item;
import org.catura.shipping.internal.matrix.Matrix;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.matrix.ShipmentRequest;
import org.catura.shipping.internal.matrix.Stock;
import org.catura.shipping.internal.matrix.Weighting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Chooses the carrier service for a delivery note with the criteria matrix, records the decision
 * with every candidate's price or reasons, and sets the carrier (and, for a fulfilment partner,
 * its warehouse) on the delivery note. No eligible service: the order goes to the manual queue
 * with the reasons, and comes back here when the clerk has fixed the catalogue or the stock.
 */
@Component(service = Station.class)
public final class CarrierChoiceStation implements Station {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long an order waits before a catalogue without any service is looked at again. */
    static final java.time.Duration RECHECK = java.time.Duration.ofHours(1);

    private final Erp erp;
    private final RuleConditions conditions = new RuleConditions();
    private final Weighting weighting = Weighting.CHEAPEST_THEN_FASTEST;

    @Activate
    public CarrierChoiceStation(@Reference Erp erp, @Reference ShippingSchema schemaReady) {
        this.erp = erp;
    }

    @Override
    public String name() {
        return "carrier-choice";
    }

    @Override
    public OrderState input() {
        return OrderState.SHIPMENT_CREATED;
    }

    @Override
    public StationResult process(StationContext ctx) {
        Tx tx = ctx.tx();
        ImportedOrder order = ctx.order();
        int shipmentId = ctx.document(DocumentKind.SHIPMENT)
                .orElseThrow(() -> new IllegalStateException("No delivery note for " + order.externalId()));
        Shipment shipment = erp.shipments().get(tx, shipmentId)
                .orElseThrow(() -> new IllegalStateException("Delivery note " + shipmentId + " is not in the ERP"));
        ShipmentRequest request = request(tx, order, shipment);
        // Read per order, in its transaction: an admin's change counts from the next order on.
        Catalogue catalogue = Catalogue.load(tx, conditions);
        if (catalogue.offers().isEmpty()) {
            // Shipping not set up (yet): the delivery note is there; nobody is asked until carriers exist.
            return StationResult.waitFor(RECHECK, "No carrier service is configured (Carriers: CAT_Carrier and "
                    + "CAT_ShippingService); delivery note " + shipment.documentNo() + " waits for one");
        }
        Decision decision = Matrix.decide(request, catalogue.zones(), catalogue.offers(), catalogue.rules(),
                stock(tx, request, shipment), weighting);
        store(tx, ctx.orderId(), shipment, decision);
        if (decision.chosen().isEmpty()) {
            List<String> why = decision.excluded().stream().map(Candidate::exclusion).toList();
            return StationResult.advance(OrderState.MANUAL_QUEUE, "No carrier service can take delivery note "
                    + shipment.documentNo() + " (" + decision.facts().parcel().weightKg().toPlainString() + " kg to "
                    + decision.facts().country() + "): " + String.join(" | ", why));
        }
        Candidate chosen = decision.chosen().get();
        erp.shipments().setShipper(tx, shipmentId, chosen.offer().carrierName());
        if (chosen.offer().warehouseId() != shipment.warehouseId()) {
            erp.shipments().moveToWarehouse(tx, shipmentId, chosen.offer().warehouseId());
        }
        return StationResult.advance(OrderState.CARRIER_CHOSEN, "Carrier for " + shipment.documentNo() + ": "
                + decision.summary());
    }

    private ShipmentRequest request(Tx tx, ImportedOrder order, Shipment shipment) {
        List<Item> items = new ArrayList<>();
        for (ShipmentLine line : shipment.lines()) {
            Product p = erp.products().get(tx, line.productId()).orElseThrow(() -> new IllegalStateException(
                    "Product " + line.productId() + " of delivery note " + shipment.documentNo() + " is not in the ERP"));
            items.add(new Item(p.id(), p.sku(), line.movementQty(), p.weight(), p.depth(), p.width(), p.height()));
        }
        PostalAddress to = order.deliveryAddress();
        ServiceLevel level = ServiceLevel.ofOrder(order.serviceLevel());
        if (order.has(OrderFlag.PREMIUM_SHIPPING) && level == ServiceLevel.STANDARD) {
            level = ServiceLevel.EXPRESS;
        }
        return new ShipmentRequest(to == null ? null : to.countryCode(), to == null ? null : to.postalCode(), level,
                order.has(OrderFlag.PRIME), false, order.has(OrderFlag.SIGNATURE_REQUIRED),
                order.has(OrderFlag.ID_CHECK), false, items, shipment.warehouseId());
    }

    /** Available stock; in the delivery note's own warehouse its own order's reservation counts as available. */
    private Stock stock(Tx tx, ShipmentRequest request, Shipment shipment) {
        Map<Integer, BigDecimal> own = request.needed();
        return (productId, warehouseId) -> {
            BigDecimal available = erp.products().qtyAvailable(tx, productId, warehouseId);
            return warehouseId == shipment.warehouseId() ? available.add(own.getOrDefault(productId, BigDecimal.ZERO))
                    : available;
        };
    }

    private static void store(Tx tx, long orderId, Shipment shipment, Decision d) {
        Candidate chosen = d.chosen().orElse(null);
        var p = d.facts().parcel();
        Sql.update(tx, """
                INSERT INTO shipping_decision (shipment_id, order_id, decided_at, service_id, carrier, service, price,
                       currency, transit_days, weight_kg, length_cm, width_cm, height_cm, zone, rule_name, summary, decision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (shipment_id) DO UPDATE SET order_id = excluded.order_id, decided_at = excluded.decided_at,
                       service_id = excluded.service_id, carrier = excluded.carrier, service = excluded.service,
                       price = excluded.price, currency = excluded.currency, transit_days = excluded.transit_days,
                       weight_kg = excluded.weight_kg, length_cm = excluded.length_cm, width_cm = excluded.width_cm,
                       height_cm = excluded.height_cm, zone = excluded.zone, rule_name = excluded.rule_name,
                       summary = excluded.summary, decision = excluded.decision
                """, shipment.id(), orderId, Timestamp.from(Instant.now()),
                chosen == null ? null : chosen.offer().serviceId(), chosen == null ? null : chosen.offer().carrier(),
                chosen == null ? null : chosen.offer().service(), chosen == null ? null : chosen.price(),
                chosen == null ? null : chosen.offer().currency(), chosen == null ? null : chosen.transitDays(),
                p.weightKg(), p.lengthCm(), p.widthCm(), p.heightCm(), d.facts().zoneValue(),
                d.rule() == null ? null : d.rule().name(), d.summary(), json(d));
    }

    /** The decision as contract 1 of the shipping plugin has it (the order page and the API read it). */
    static String json(Decision d) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode facts = root.putObject("facts");
        var p = d.facts().parcel();
        facts.put("weightKg", p.weightKg());
        facts.put("lengthCm", p.lengthCm());
        facts.put("widthCm", p.widthCm());
        facts.put("heightCm", p.heightCm());
        facts.put("girthCm", p.girthCm());
        facts.put("country", d.facts().country());
        facts.put("postalCode", d.facts().postalCode());
        facts.put("zone", d.facts().zoneValue());
        facts.put("cod", d.facts().cod());
        facts.put("serviceLevel", d.facts().level().name());
        facts.put("prime", d.facts().prime());
        facts.put("signature", d.facts().signature());
        facts.put("idCheck", d.facts().idCheck());
        root.put("rule", d.rule() == null ? null : d.rule().name());
        root.put("chosen", d.chosen().map(c -> c.offer().key()).orElse(null));
        ArrayNode candidates = root.putArray("candidates");
        List<Candidate> all = new ArrayList<>(d.eligible());
        all.addAll(d.excluded());
        for (Candidate c : all) {
            ObjectNode n = candidates.addObject();
            n.put("carrier", c.offer().carrier());
            n.put("carrierName", c.offer().carrierName());
            n.put("service", c.offer().service());
            n.put("serviceName", c.offer().serviceName());
            n.put("eligible", c.eligible());
            if (c.eligible()) {
                n.put("rank", c.rank());
                n.put("price", c.price().toPlainString());
                n.put("currency", c.offer().currency());
                n.put("transitDays", c.transitDays());
            } else {
                n.putNull("rank");
                n.putNull("price");
                n.putNull("currency");
                n.putNull("transitDays");
            }
            ArrayNode reasons = n.putArray("reasons");
            c.reasons().forEach(r -> reasons.add(r.text()));
        }
        return root.toString();
    }
}
