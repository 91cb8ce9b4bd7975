package org.catura.erp.embedded.internal;

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
        // One statement: the lines whose reservation is off are set to their target, and the
        // differences go to M_StorageReservation per product and warehouse (ON CONFLICT may touch
        // a row once per statement). Rows of M_StorageReservation are written in product order, the
        // same in every transaction: two orders with the same products in another order would
        // otherwise deadlock.
        Sql.update(tx, """
                WITH target AS (
                     SELECT ol.C_OrderLine_ID, ol.M_Product_ID, ol.M_Warehouse_ID, ol.QtyReserved,
                            CASE WHEN o.DocStatus = 'CO' AND p.IsStocked = 'Y'
                                 THEN GREATEST(ol.QtyOrdered - ol.QtyDelivered, 0) ELSE 0 END AS Qty
                       FROM C_OrderLine ol
                       JOIN C_Order o ON o.C_Order_ID = ol.C_Order_ID
                       JOIN M_Product p ON p.M_Product_ID = ol.M_Product_ID
                      WHERE ol.C_Order_ID = ?),
                changed AS (
                     UPDATE C_OrderLine ol SET QtyReserved = t.Qty, Updated = now()
                       FROM target t
                      WHERE ol.C_Order_ID = ? AND ol.C_OrderLine_ID = t.C_OrderLine_ID AND t.Qty <> t.QtyReserved
                     RETURNING t.M_Product_ID, t.M_Warehouse_ID, t.Qty - t.QtyReserved AS Delta)
                INSERT INTO M_StorageReservation (M_Product_ID, M_Warehouse_ID, Qty)
                SELECT M_Product_ID, M_Warehouse_ID, sum(Delta) FROM changed
                 GROUP BY M_Product_ID, M_Warehouse_ID
                 ORDER BY M_Product_ID, M_Warehouse_ID
                ON CONFLICT (M_Product_ID, M_Warehouse_ID, M_AttributeSetInstance_ID, IsSOTrx)
                DO UPDATE SET Qty = M_StorageReservation.Qty + EXCLUDED.Qty, Updated = now()
                """, orderId, orderId);
    }
}
