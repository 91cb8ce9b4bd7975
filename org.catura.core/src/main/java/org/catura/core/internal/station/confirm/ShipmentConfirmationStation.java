package org.catura.core.internal.station.confirm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.channel.ChannelConnectors;
import org.catura.core.api.channel.ShipmentConfirmer;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the order's channel what was shipped: one confirmation per delivery note (package), with
 * its carrier and tracking number, queued by the channel's connector in this transaction. The
 * station knows no channel; an order whose channel has no connector here waits for one.
 */
@Component(service = Station.class)
public final class ShipmentConfirmationStation implements Station {

    /** How long an order waits before the connector (or the shipping data) is looked for again. */
    static final Duration RECHECK = Duration.ofHours(1);

    private final Erp erp;
    private final ChannelConnectors connectors;

    @Activate
    public ShipmentConfirmationStation(@Reference Erp erp, @Reference ChannelConnectors connectors) {
        this.erp = erp;
        this.connectors = connectors;
    }

    @Override
    public String name() {
        return "confirm-shipment";
    }

    @Override
    public OrderState input() {
        return OrderState.SHIPPED;
    }

    @Override
    public StationResult process(StationContext ctx) {
        ImportedOrder order = ctx.order();
        Optional<ShipmentConfirmer> confirmer = connectors.find(order.channel(), ShipmentConfirmer.class);
        if (confirmer.isEmpty()) {
            // not an error: the channel's plugin may be stopped for an update, or not yet installed on this node
            return StationResult.waitFor(RECHECK, "No connector confirms shipments to channel " + order.channel()
                    + " here; the order waits until the channel's plugin runs");
        }
        Tx tx = ctx.tx();
        int soId = ctx.document(DocumentKind.SALES_ORDER)
                .orElseThrow(() -> new IllegalStateException("No sales order for " + order.externalId()));
        List<Shipment> shipments = erp.shipments().findByOrder(tx, soId).stream()
                .filter(s -> s.status() != DocStatus.VOIDED).sorted(Comparator.comparingInt(Shipment::id)).toList();
        if (shipments.isEmpty()) {
            throw new IllegalStateException("Order " + order.externalId() + " is marked shipped but its sales order "
                    + "has no delivery note: create one in the ERP or move the order back to RELEASED");
        }
        for (Shipment s : shipments) {
            if (blank(s.shipperName()) || blank(s.trackingNo())) {
                return StationResult.waitFor(RECHECK, "Delivery note " + s.documentNo() + " has no "
                        + (blank(s.shipperName()) ? "carrier" : "tracking number")
                        + " yet; the confirmation to " + order.channel() + " waits for it");
            }
        }
        ShippedLines open = new ShippedLines(order.externalId(), order.lines());
        List<String> told = new ArrayList<>();
        for (Shipment s : shipments) {
            ShippedPackage pkg = new ShippedPackage(ctx.orderId(), order.channel(), order.externalId(),
                    order.marketplaceId(), s.id(), s.shipperName().strip(), null, s.trackingNo().strip(),
                    shippedAt(s, order), open.take(s.documentNo(), s.lines(), id -> sku(tx, id)));
            boolean queued = confirmer.get().confirmShipment(tx, pkg);
            told.add(s.documentNo() + " (" + pkg.carrier() + " " + pkg.trackingNumber()
                    + (queued ? "" : ", queued before") + ")");
        }
        return StationResult.advance(OrderState.SHIPMENT_CONFIRMED, "Shipment confirmation to " + order.channel()
                + " queued for " + String.join(", ", told));
    }

    /** The ERP keeps a movement date; a channel wants an instant, and not one before the purchase. */
    private static Instant shippedAt(Shipment s, ImportedOrder order) {
        Instant day = s.movementDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return order.purchasedAt() != null && order.purchasedAt().isAfter(day) ? order.purchasedAt() : day;
    }

    private String sku(Tx tx, int productId) {
        return erp.products().get(tx, productId).map(Product::sku).orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
