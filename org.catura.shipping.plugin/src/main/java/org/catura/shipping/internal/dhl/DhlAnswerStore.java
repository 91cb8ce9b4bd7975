package org.catura.shipping.internal.dhl;

import java.time.Instant;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/**
 * DHL's answers not yet recorded as a confirmation (shipping_dhl_answer), the parcels already
 * recorded, and the labels on them.
 */
final class DhlAnswerStore {

    record Kept(int status, String body) {
    }

    /** True when the shipment has parcels recorded already: DHL must not be asked again. */
    boolean parcelsRecorded(Tx tx, int shipmentId) {
        return Sql.one(tx, "select 1 from shipping_parcel where shipment_id = ? limit 1", rs -> 1, shipmentId)
                .isPresent();
    }

    Optional<Kept> kept(Tx tx, int shipmentId) {
        return Sql.one(tx, "select http_status, body from shipping_dhl_answer where shipment_id = ?",
                rs -> new Kept(rs.getInt(1), rs.getString(2)), shipmentId);
    }

    void keep(Tx tx, DhlPayload payload, int status, String body, Instant at) {
        Sql.update(tx, """
                insert into shipping_dhl_answer (shipment_id, reference, carrier, received_at, http_status, body)
                values (?, ?, ?, ?, ?, ?)
                on conflict (shipment_id) do update set received_at = excluded.received_at,
                       http_status = excluded.http_status, body = excluded.body""",
                payload.shipmentId(), payload.reference(), payload.carrier(), at, status, body);
    }

    void forget(Tx tx, int shipmentId) {
        Sql.update(tx, "delete from shipping_dhl_answer where shipment_id = ?", shipmentId);
    }

    /** @return whether a parcel with that tracking number was there to take the label */
    boolean storeLabel(Tx tx, int shipmentId, String trackingNo, byte[] pdf) {
        return Sql.update(tx, "update shipping_parcel set label_pdf = ? where shipment_id = ? and tracking_no = ?",
                pdf, shipmentId, trackingNo) == 1;
    }
}
