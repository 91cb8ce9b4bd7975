package org.catura.amazon.plugin.internal.confirm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import org.catura.amazon.plugin.spapi.invoker.ApiClient;
import org.catura.amazon.plugin.spapi.model.ConfirmShipmentOrderItem;
import org.catura.amazon.plugin.spapi.model.ConfirmShipmentRequest;
import org.catura.amazon.plugin.spapi.model.PackageDetail;
import org.catura.core.api.channel.ShipmentConfirmer;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.Outbox;

/**
 * Amazon's part in the shipment confirmation: each package becomes one Orders v0 confirmShipment
 * request in the outbox, keyed by channel, order and package, so the station's transaction decides
 * it and {@link ConfirmShipmentSink} sends it once that committed. The package's id is the
 * packageReferenceId, the same on every attempt.
 */
public final class AmazonShipmentConfirmer implements ShipmentConfirmer {

    static final String TOPIC = "amazon.confirm-shipment";

    private final Outbox outbox;
    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();
    private volatile Set<String> channels = Set.of();

    public AmazonShipmentConfirmer(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The Amazon channels stored now; told each time they were read afresh. */
    public void serve(Collection<String> names) {
        channels = Set.copyOf(names);
    }

    @Override
    public boolean serves(String channel) {
        return channels.contains(channel);
    }

    @Override
    public boolean confirmShipment(Tx tx, ShippedPackage shipped) {
        ObjectNode payload = json.createObjectNode().put("channel", shipped.channel())
                .put("amazonOrderId", shipped.externalOrderId());
        payload.set("request", json.valueToTree(request(shipped)));
        return outbox.enqueue(tx, TOPIC, key(shipped), payload.toString());
    }

    static String key(ShippedPackage shipped) {
        return "amazon-confirm-shipment:" + shipped.channel() + ":" + shipped.externalOrderId() + ":"
                + shipped.packageId();
    }

    private static ConfirmShipmentRequest request(ShippedPackage shipped) {
        if (shipped.marketplaceId() == null || shipped.marketplaceId().isBlank()) {
            throw new IllegalArgumentException("Amazon order " + shipped.externalOrderId()
                    + " has no marketplace id: re-import it before its shipment is confirmed");
        }
        CarrierCodes.Carrier carrier = CarrierCodes.of(shipped.carrier());
        PackageDetail detail = new PackageDetail().packageReferenceId(Integer.toString(shipped.packageId()))
                .carrierCode(carrier.code()).carrierName(carrier.name()).shippingMethod(shipped.shippingMethod())
                .trackingNumber(shipped.trackingNumber())
                .shipDate(shipped.shippedAt().atOffset(ZoneOffset.UTC));
        for (ShippedPackage.Line line : shipped.lines()) {
            detail.addOrderItemsItem(new ConfirmShipmentOrderItem().orderItemId(line.lineId())
                    .quantity(wholeItems(shipped, line)));
        }
        return new ConfirmShipmentRequest().marketplaceId(shipped.marketplaceId()).packageDetail(detail);
    }

    private static int wholeItems(ShippedPackage shipped, ShippedPackage.Line line) {
        try {
            return line.quantity().intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amazon confirms whole items only, but package " + shipped.packageId()
                    + " of order " + shipped.externalOrderId() + " ships " + line.quantity().toPlainString()
                    + " of item " + line.lineId() + ": correct the delivery note in the ERP");
        }
    }
}
