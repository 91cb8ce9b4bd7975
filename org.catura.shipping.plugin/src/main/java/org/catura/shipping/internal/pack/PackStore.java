package org.catura.shipping.internal.pack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;

/**
 * The pack page's reads and the waves' writes over the shipping tables: transmissions on the
 * PACK_PAGE channel with their carrier, chosen service and wave. The order's channel id comes
 * through core's API, never from its tables.
 */
final class PackStore {

    private static final String SELECT = """
            select t.shipment_id, t.order_id, t.reference, t.transmitted_at, t.confirm_due_at, t.confirmed_at,
                   c.Value as carrier, c.Name as carrier_name, s.Name as service_name, w.wave_no
              from shipping_transmission t
              left join CAT_Carrier c on c.CAT_Carrier_ID = t.carrier_id
              left join shipping_decision d on d.shipment_id = t.shipment_id
              left join CAT_ShippingService s on s.CAT_ShippingService_ID = d.service_id
              left join shipping_wave_shipment ws on ws.shipment_id = t.shipment_id
              left join shipping_wave w on w.wave_id = ws.wave_id
            """;

    private final OrderProcess process;

    PackStore(OrderProcess process) {
        this.process = process;
    }

    /** What a transmission row says, before the order's channel id is added. */
    private record Row(int shipmentId, long orderId, String reference, Instant transmittedAt, Instant dueAt,
            Instant confirmedAt, String carrier, String carrierName, String serviceName, String waveNo) {
    }

    /** The open in-house shipments, oldest transmission first. */
    List<PackShipment> open(Tx tx) {
        return Sql.query(tx, SELECT + " where t.channel = 'PACK_PAGE' and t.confirmed_at is null"
                + " order by t.transmitted_at, t.shipment_id", PackStore::row).stream().map(r -> shipment(tx, r))
                .toList();
    }

    /** A shipment transmitted to the pack page, open or confirmed. */
    Optional<PackShipment> get(Tx tx, int shipmentId) {
        return Sql.one(tx, SELECT + " where t.channel = 'PACK_PAGE' and t.shipment_id = ?", PackStore::row,
                shipmentId).map(r -> shipment(tx, r));
    }

    /** When the shipment's parcels were recorded; empty while it is open (or unknown). */
    Optional<Instant> confirmedAt(Tx tx, int shipmentId) {
        return Sql.one(tx, "select confirmed_at from shipping_transmission where shipment_id = ?",
                rs -> Sql.instant(rs, "confirmed_at"), shipmentId);
    }

    private PackShipment shipment(Tx tx, Row r) {
        String external = process.view(tx, r.orderId()).map(OrderProcessView::externalId).orElse(null);
        return new PackShipment(r.shipmentId(), r.orderId(), r.reference(), external, r.carrier(),
                r.carrierName(), r.serviceName(), r.transmittedAt(), r.dueAt(), r.waveNo());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getInt("shipment_id"), rs.getLong("order_id"), rs.getString("reference"),
                Sql.instant(rs, "transmitted_at"), Sql.instant(rs, "confirm_due_at"), Sql.instant(rs, "confirmed_at"),
                rs.getString("carrier"), rs.getString("carrier_name"), rs.getString("service_name"),
                rs.getString("wave_no"));
    }
}
