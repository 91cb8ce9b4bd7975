package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import org.catura.core.api.db.Tx;

/**
 * Keeps C_OrderLine.QtyReserved and M_StorageReservation in step with an order: a completed
 * order reserves what it has not yet delivered of each stocked product; any other status
 * reserves nothing. Every document action calls {@link #resync} after changing status or
 * quantities, so the reservation is always derived, never patched by hand.
 */
final class Reservations {

    private Reservations() {
    }

    static void resync(Tx tx, int orderId) {
        record LineQty(int lineId, int productId, int warehouseId, BigDecimal target, BigDecimal reserved) {
        }
        var lines = Sql.list(tx, """
                SELECT ol.C_OrderLine_ID, ol.M_Product_ID, ol.M_Warehouse_ID,
                       CASE WHEN o.DocStatus = 'CO' AND p.IsStocked = 'Y'
                            THEN GREATEST(ol.QtyOrdered - ol.QtyDelivered, 0) ELSE 0 END,
                       ol.QtyReserved
                  FROM C_OrderLine ol
                  JOIN C_Order o ON o.C_Order_ID = ol.C_Order_ID
                  JOIN M_Product p ON p.M_Product_ID = ol.M_Product_ID
                 WHERE ol.C_Order_ID = ?
                 ORDER BY ol.M_Product_ID, ol.M_Warehouse_ID, ol.Line
                """, rs -> new LineQty(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5)), orderId);
        // Rows of M_StorageReservation are locked in product order, the same in every transaction:
        // two orders with the same products in another order would otherwise deadlock.
        for (LineQty l : lines) {
            BigDecimal delta = l.target().subtract(l.reserved());
            if (delta.signum() != 0) {
                Sql.update(tx, "UPDATE C_OrderLine SET QtyReserved = ?, Updated = now() WHERE C_OrderLine_ID = ?",
                        l.target(), l.lineId());
                Storage.addReserved(tx, l.productId(), l.warehouseId(), delta);
            }
        }
    }
}
