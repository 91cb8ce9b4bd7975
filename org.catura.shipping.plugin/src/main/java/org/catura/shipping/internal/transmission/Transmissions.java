package org.catura.shipping.internal.transmission;

import java.time.Instant;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/** The one writer of shipping_transmission: what went to the carrier, and until when its confirmation is due. */
public final class Transmissions {

    /** A row as written. */
    public record Transmission(int shipmentId, long orderId, int carrierId, String reference, TransmissionChannel channel,
            TransmissionFormat format, String fileName, String idempotencyKey, Instant transmittedAt,
            Instant confirmDueAt) {
    }

    public Optional<Transmission> find(Tx tx, int shipmentId) {
        return Sql.one(tx, """
                select shipment_id, order_id, carrier_id, reference, channel, format, file_name, idempotency_key,
                       transmitted_at, confirm_due_at from shipping_transmission where shipment_id = ?""",
                rs -> new Transmission(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        TransmissionChannel.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : TransmissionFormat.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8), Sql.instant(rs, "transmitted_at"), Sql.instant(rs, "confirm_due_at")),
                shipmentId);
    }

    /** Writes the row, replacing an earlier one of the shipment (a resend, or another carrier chosen since). */
    public void save(Tx tx, Transmission t) {
        Sql.update(tx, """
                insert into shipping_transmission (shipment_id, order_id, carrier_id, reference, channel, format,
                       file_name, idempotency_key, transmitted_at, confirm_due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (shipment_id) do update set order_id = excluded.order_id, carrier_id = excluded.carrier_id,
                       channel = excluded.channel, format = excluded.format, file_name = excluded.file_name,
                       idempotency_key = excluded.idempotency_key, transmitted_at = excluded.transmitted_at,
                       confirm_due_at = excluded.confirm_due_at""",
                t.shipmentId(), t.orderId(), t.carrierId(), t.reference(), t.channel().name(),
                Sql.text(t.format() == null ? null : t.format().name()), Sql.text(t.fileName()), t.idempotencyKey(),
                t.transmittedAt(), Sql.timestamp(t.confirmDueAt()));
    }
}
