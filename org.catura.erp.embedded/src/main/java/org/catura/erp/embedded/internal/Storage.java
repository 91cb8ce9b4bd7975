package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;

/** Stock: M_StorageOnHand per locator, M_StorageReservation per warehouse. */
public final class Storage {

    private Storage() {
    }

    public static BigDecimal onHand(Tx tx, int productId, int warehouseId) {
        return Sql.decimal(tx, """
                SELECT sum(s.QtyOnHand) FROM M_StorageOnHand s
                  JOIN M_Locator l ON l.M_Locator_ID = s.M_Locator_ID
                 WHERE s.M_Product_ID = ? AND l.M_Warehouse_ID = ?
                """, productId, warehouseId);
    }

    /** On hand less reserved, in one statement (the release station asks for each line of every order). */
    public static BigDecimal available(Tx tx, int productId, int warehouseId) {
        return Sql.decimal(tx, """
                SELECT COALESCE((SELECT sum(s.QtyOnHand) FROM M_StorageOnHand s
                                   JOIN M_Locator l ON l.M_Locator_ID = s.M_Locator_ID
                                  WHERE s.M_Product_ID = ? AND l.M_Warehouse_ID = ?), 0)
                     - COALESCE((SELECT sum(Qty) FROM M_StorageReservation
                                  WHERE M_Product_ID = ? AND M_Warehouse_ID = ? AND IsSOTrx = 'Y'), 0)
                """, productId, warehouseId, productId, warehouseId);
    }

    public static BigDecimal onHandAtLocator(Tx tx, int productId, int locatorId) {
        return Sql.decimal(tx, "SELECT sum(QtyOnHand) FROM M_StorageOnHand WHERE M_Product_ID = ? AND M_Locator_ID = ?",
                productId, locatorId);
    }

    public static void addOnHand(Tx tx, int productId, int locatorId, BigDecimal delta) {
        Sql.update(tx, """
                INSERT INTO M_StorageOnHand (M_Product_ID, M_Locator_ID, QtyOnHand) VALUES (?, ?, ?)
                ON CONFLICT (M_Product_ID, M_Locator_ID, M_AttributeSetInstance_ID)
                DO UPDATE SET QtyOnHand = M_StorageOnHand.QtyOnHand + EXCLUDED.QtyOnHand, Updated = now()
                """, productId, locatorId, delta);
    }

    public static void setOnHand(Tx tx, int productId, int locatorId, BigDecimal qty) {
        Sql.update(tx, """
                INSERT INTO M_StorageOnHand (M_Product_ID, M_Locator_ID, QtyOnHand) VALUES (?, ?, ?)
                ON CONFLICT (M_Product_ID, M_Locator_ID, M_AttributeSetInstance_ID)
                DO UPDATE SET QtyOnHand = EXCLUDED.QtyOnHand, Updated = now()
                """, productId, locatorId, qty);
    }

    /** The warehouse's default locator: where stock is counted and shipped from. */
    public static int defaultLocator(Tx tx, int warehouseId) {
        return Sql.one(tx, "SELECT M_Locator_ID FROM M_Locator WHERE M_Warehouse_ID = ? AND IsDefault = 'Y'",
                rs -> rs.getInt(1), warehouseId)
                .orElseThrow(() -> new ErpException("Warehouse " + warehouseId + " has no default locator"));
    }
}
