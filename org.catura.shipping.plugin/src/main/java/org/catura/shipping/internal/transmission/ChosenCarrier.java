package org.catura.shipping.internal.transmission;

import java.math.BigDecimal;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/**
 * The carrier choice of one shipment as the matrix stored it (shipping_decision), with the
 * chosen service's name and carrier product.
 */
public record ChosenCarrier(String carrier, String service, String serviceName, String carrierProduct,
        BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    /** Empty when no decision was stored; a decision that chose nothing has a null carrier. */
    public static Optional<ChosenCarrier> of(Tx tx, int shipmentId) {
        return Sql.one(tx, """
                select d.carrier, d.service, s.Name, s.CarrierProduct, d.weight_kg, d.length_cm, d.width_cm, d.height_cm
                  from shipping_decision d left join CAT_ShippingService s on s.CAT_ShippingService_ID = d.service_id
                 where d.shipment_id = ?""",
                rs -> new ChosenCarrier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)),
                shipmentId);
    }
}
