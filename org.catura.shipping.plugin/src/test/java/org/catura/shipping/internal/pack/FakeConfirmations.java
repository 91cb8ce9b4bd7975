package org.catura.shipping.internal.pack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.api.ShippingReferences;

/**
 * Stands in for the confirmation recorder as far as the pack page relies on it: a known open
 * reference is recorded (confirmed_at set), a second time is a duplicate, a tracking number
 * starting with REJECT is refused with a reason, as the real one refuses a contradiction.
 */
final class FakeConfirmations implements ShippingConfirmations {

    final List<CarrierConfirmation> recorded = new CopyOnWriteArrayList<>();

    @Override
    public ConfirmationResult record(Tx tx, CarrierConfirmation c) {
        int shipmentId = ShippingReferences.shipmentId(c.reference()).orElse(-1);
        Long orderId = Sql.one(tx, "select order_id from shipping_transmission where shipment_id = ?",
                rs -> rs.getLong(1), shipmentId).orElse(null);
        if (orderId == null) {
            return new ConfirmationResult(ConfirmationResult.Outcome.REJECTED, null, "Unknown reference " + c.reference());
        }
        if (c.parcels().stream().anyMatch(p -> p.trackingNo().startsWith("REJECT"))) {
            return new ConfirmationResult(ConfirmationResult.Outcome.REJECTED, orderId,
                    "Tracking number " + c.parcels().get(0).trackingNo() + " does not fit the carrier's pattern.");
        }
        int changed = Sql.update(tx, "update shipping_transmission set confirmed_at = now()"
                + " where shipment_id = ? and confirmed_at is null", shipmentId);
        if (changed == 0) {
            return new ConfirmationResult(ConfirmationResult.Outcome.DUPLICATE, orderId, "Recorded before.");
        }
        recorded.add(c);
        return new ConfirmationResult(ConfirmationResult.Outcome.RECORDED, orderId, "Order shipped.");
    }

    @Override
    public ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName, byte[] raw,
            String reason) {
        return new ConfirmationResult(ConfirmationResult.Outcome.REJECTED, null, reason);
    }
}
