package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;

/** Reads and writes M_InOut and M_InOutLine rows; the rules live in {@link ShipmentService}. */
final class ShipmentRepository {

    /** A line as stock moves need it. */
    record StockLine(int lineId, int orderLineId, int productId, int locatorId, BigDecimal qty, String sku,
            boolean stocked) {
    }

    int insertHeader(Tx tx, int orderId, String documentNo, int docTypeId, LocalDate movementDate) {
        return Sql.insert(tx, """
                INSERT INTO M_InOut (DocumentNo, C_DocType_ID, C_Order_ID, C_BPartner_ID, C_BPartner_Location_ID,
                       AD_User_ID, M_Warehouse_ID, POReference, MovementDate, DateAcct)
                SELECT ?, ?, C_Order_ID, C_BPartner_ID, C_BPartner_Location_ID, AD_User_ID, M_Warehouse_ID, POReference,
                       ?, ?
                  FROM C_Order WHERE C_Order_ID = ?
                RETURNING M_InOut_ID
                """, documentNo, docTypeId, movementDate, movementDate, orderId);
    }

    void insertLine(Tx tx, int shipmentId, int lineNo, int orderLineId, int locatorId, BigDecimal qty) {
        Sql.update(tx, """
                INSERT INTO M_InOutLine (M_InOut_ID, Line, C_OrderLine_ID, M_Product_ID, M_Locator_ID, C_UOM_ID,
                       QtyEntered, MovementQty)
                SELECT ?, ?, C_OrderLine_ID, M_Product_ID, ?, C_UOM_ID, ?, ? FROM C_OrderLine WHERE C_OrderLine_ID = ?
                """, shipmentId, lineNo, locatorId, qty, qty, orderLineId);
    }

    List<StockLine> stockLines(Tx tx, int shipmentId) {
        return Sql.list(tx, """
                SELECT l.M_InOutLine_ID, l.C_OrderLine_ID, l.M_Product_ID, l.M_Locator_ID, l.MovementQty, p.Value,
                       p.IsStocked
                  FROM M_InOutLine l JOIN M_Product p ON p.M_Product_ID = l.M_Product_ID
                 WHERE l.M_InOut_ID = ? ORDER BY l.Line
                """, rs -> new StockLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5),
                rs.getString(6), Sql.flag(rs, "IsStocked")), shipmentId);
    }

    int orderOf(Tx tx, int shipmentId) {
        return Sql.one(tx, "SELECT C_Order_ID FROM M_InOut WHERE M_InOut_ID = ?", rs -> rs.getInt(1), shipmentId)
                .orElseThrow();
    }

    Optional<Shipment> load(Tx tx, int shipmentId) {
        List<ShipmentLine> lines = Sql.list(tx, """
                SELECT M_InOutLine_ID, Line, C_OrderLine_ID, M_Product_ID, MovementQty
                  FROM M_InOutLine WHERE M_InOut_ID = ? ORDER BY Line
                """, rs -> new ShipmentLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getBigDecimal(5)), shipmentId);
        return Sql.one(tx, """
                SELECT M_InOut_ID, DocumentNo, DocStatus, C_Order_ID, C_BPartner_ID, C_BPartner_Location_ID,
                       M_Warehouse_ID, MovementDate, TrackingNo
                  FROM M_InOut WHERE M_InOut_ID = ? AND IsSOTrx = 'Y'
                """, rs -> new Shipment(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()),
                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), Sql.date(rs, "MovementDate"),
                rs.getString(9), lines), shipmentId);
    }

    List<Integer> idsByOrder(Tx tx, int orderId) {
        return Sql.list(tx, "SELECT M_InOut_ID FROM M_InOut WHERE C_Order_ID = ? AND IsSOTrx = 'Y' ORDER BY M_InOut_ID",
                rs -> rs.getInt(1), orderId);
    }
}
