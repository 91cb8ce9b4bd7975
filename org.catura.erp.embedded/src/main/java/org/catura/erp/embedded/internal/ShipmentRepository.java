package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** A line to write: its number, the order line it delivers with that line's product and unit, the quantity. */
    record NewLine(int lineNo, int orderLineId, int productId, int uomId, BigDecimal qty) {
    }

    private static final String HEADER_COLUMNS = """
            M_InOut_ID, DocumentNo, DocStatus, C_Order_ID, C_BPartner_ID, C_BPartner_Location_ID, M_Warehouse_ID,
            MovementDate, TrackingNo,
            (SELECT s.Name FROM M_Shipper s WHERE s.M_Shipper_ID = M_InOut.M_Shipper_ID) AS ShipperName""";

    /** The header copied from the order; given back as inserted, without lines. */
    Shipment insertHeader(Tx tx, int orderId, String documentNo, int docTypeId, LocalDate movementDate) {
        return Sql.one(tx, """
                INSERT INTO M_InOut (DocumentNo, C_DocType_ID, C_Order_ID, C_BPartner_ID, C_BPartner_Location_ID,
                       AD_User_ID, M_Warehouse_ID, POReference, MovementDate, DateAcct)
                SELECT ?, ?, C_Order_ID, C_BPartner_ID, C_BPartner_Location_ID, AD_User_ID, M_Warehouse_ID, POReference,
                       ?, ?
                  FROM C_Order WHERE C_Order_ID = ?
                RETURNING\s""" + HEADER_COLUMNS, ShipmentRepository::header, documentNo, docTypeId, movementDate,
                movementDate, orderId).orElseThrow(() -> new IllegalStateException("Insert into M_InOut returned no row"));
    }

    /** All lines in one INSERT; given back in line order. */
    List<ShipmentLine> insertLines(Tx tx, int shipmentId, int locatorId, List<NewLine> lines) {
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (NewLine l : lines) {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(List.of(shipmentId, l.lineNo(), l.orderLineId(), l.productId(), locatorId, l.uomId(),
                    l.qty(), l.qty()));
        }
        List<ShipmentLine> written = new ArrayList<>(Sql.list(tx, """
                INSERT INTO M_InOutLine (M_InOut_ID, Line, C_OrderLine_ID, M_Product_ID, M_Locator_ID, C_UOM_ID,
                       QtyEntered, MovementQty)
                VALUES\s""" + values + """

                RETURNING M_InOutLine_ID, Line, C_OrderLine_ID, M_Product_ID, MovementQty
                """, ShipmentRepository::line, params.toArray()));
        written.sort(Comparator.comparingInt(ShipmentLine::line));
        return written;
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

    /** The tenant's carrier of that name, made when there is none (a concurrent maker is waited for, not failed). */
    int shipperId(Tx tx, int clientId, int orgId, String name) {
        Sql.update(tx, """
                INSERT INTO M_Shipper (AD_Client_ID, AD_Org_ID, Name) VALUES (?, ?, ?)
                ON CONFLICT (AD_Client_ID, Name) DO NOTHING
                """, clientId, orgId, name);
        return Sql.one(tx, "SELECT M_Shipper_ID FROM M_Shipper WHERE AD_Client_ID = ? AND Name = ?", rs -> rs.getInt(1),
                clientId, name).orElseThrow(() -> new IllegalStateException("M_Shipper " + name + " vanished"));
    }

    void setShipper(Tx tx, int shipmentId, int shipperId) {
        Sql.update(tx, "UPDATE M_InOut SET M_Shipper_ID = ?, Updated = now() WHERE M_InOut_ID = ?", shipperId,
                shipmentId);
    }

    /** The header's warehouse and every line's locator, in one statement. */
    void moveTo(Tx tx, int shipmentId, int warehouseId, int locatorId) {
        Sql.update(tx, """
                WITH lines AS (UPDATE M_InOutLine SET M_Locator_ID = ?, Updated = now() WHERE M_InOut_ID = ?)
                UPDATE M_InOut SET M_Warehouse_ID = ?, Updated = now() WHERE M_InOut_ID = ?
                """, locatorId, shipmentId, warehouseId, shipmentId);
    }

    /** Tenant and organisation of a shipment, for the records made on its behalf. */
    record Owner(int clientId, int orgId) {
    }

    Owner ownerOf(Tx tx, int shipmentId) {
        return Sql.one(tx, "SELECT AD_Client_ID, AD_Org_ID FROM M_InOut WHERE M_InOut_ID = ?",
                rs -> new Owner(rs.getInt(1), rs.getInt(2)), shipmentId).orElseThrow();
    }

    int orderOf(Tx tx, int shipmentId) {
        return Sql.one(tx, "SELECT C_Order_ID FROM M_InOut WHERE M_InOut_ID = ?", rs -> rs.getInt(1), shipmentId)
                .orElseThrow();
    }

    Optional<Shipment> load(Tx tx, int shipmentId) {
        List<ShipmentLine> lines = Sql.list(tx, """
                SELECT M_InOutLine_ID, Line, C_OrderLine_ID, M_Product_ID, MovementQty
                  FROM M_InOutLine WHERE M_InOut_ID = ? ORDER BY Line
                """, ShipmentRepository::line, shipmentId);
        return Sql.one(tx, "SELECT " + HEADER_COLUMNS + " FROM M_InOut WHERE M_InOut_ID = ? AND IsSOTrx = 'Y'",
                rs -> withLines(header(rs), lines), shipmentId);
    }

    private static Shipment header(ResultSet rs) throws SQLException {
        return new Shipment(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), Sql.date(rs, "MovementDate"), rs.getString(9), List.of(), rs.getString(10));
    }

    private static Shipment withLines(Shipment s, List<ShipmentLine> lines) {
        return new Shipment(s.id(), s.documentNo(), s.status(), s.orderId(), s.bpartnerId(), s.locationId(),
                s.warehouseId(), s.movementDate(), s.trackingNo(), lines, s.shipperName());
    }

    private static ShipmentLine line(ResultSet rs) throws SQLException {
        return new ShipmentLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5));
    }

    List<Integer> idsByOrder(Tx tx, int orderId) {
        return Sql.list(tx, "SELECT M_InOut_ID FROM M_InOut WHERE C_Order_ID = ? AND IsSOTrx = 'Y' ORDER BY M_InOut_ID",
                rs -> rs.getInt(1), orderId);
    }
}
