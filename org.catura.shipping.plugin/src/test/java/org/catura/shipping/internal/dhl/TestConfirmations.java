package org.catura.shipping.internal.dhl;

import java.time.Instant;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ConfirmedParcel;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.api.ShippingReferences;

/**
 * Stands in for helper confirm's implementation: writes shipping_message and shipping_parcel
 * rows as contract 4 says, so the sink's label goes onto a real row.
 */
final class TestConfirmations implements ShippingConfirmations {

    volatile boolean refuseNext;

    @Override
    public ConfirmationResult record(Tx tx, CarrierConfirmation c) {
        int shipmentId = ShippingReferences.shipmentId(c.reference()).orElseThrow();
        long orderId = Sql.one(tx, "select order_id from shipping_transmission where shipment_id = ?",
                rs -> rs.getLong(1), shipmentId).orElseThrow();
        if (refuseNext) {
            refuseNext = false;
            message(tx, c.carrier(), c.source(), c.rawName(), c.raw(), "REJECTED", "order moved meanwhile");
            return new ConfirmationResult(ConfirmationResult.Outcome.REJECTED, orderId, "order moved meanwhile");
        }
        if (Sql.one(tx, "select 1 from shipping_parcel where shipment_id = ?", rs -> 1, shipmentId).isPresent()) {
            return new ConfirmationResult(ConfirmationResult.Outcome.DUPLICATE, orderId, "told before");
        }
        long messageId = message(tx, c.carrier(), c.source(), c.rawName(), c.raw(), "RECORDED", "recorded");
        int n = 0;
        for (ConfirmedParcel p : c.parcels()) {
            Sql.update(tx, """
                    insert into shipping_parcel (shipment_id, order_id, parcel_no, carrier, tracking_no, shipped_at, message_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", shipmentId, orderId, ++n, c.carrier(), p.trackingNo(),
                    c.shippedAt() == null ? Instant.now() : c.shippedAt(), messageId);
        }
        return new ConfirmationResult(ConfirmationResult.Outcome.RECORDED, orderId, "recorded");
    }

    @Override
    public ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName, byte[] raw,
            String reason) {
        message(tx, carrier, source, rawName, raw, "REJECTED", reason);
        return new ConfirmationResult(ConfirmationResult.Outcome.REJECTED, null, reason);
    }

    private static long message(Tx tx, String carrier, ConfirmationSource source, String rawName, byte[] raw,
            String outcome, String detail) {
        return Sql.one(tx, """
                insert into shipping_message (carrier, source, raw_name, received_at, content, content_hash, outcome, detail)
                values (?, ?, ?, now(), ?, md5(?), ?, ?) returning message_id""", rs -> rs.getLong(1), carrier,
                source.name(), rawName, raw, new String(raw, java.nio.charset.StandardCharsets.UTF_8), outcome, detail)
                .orElseThrow();
    }
}
