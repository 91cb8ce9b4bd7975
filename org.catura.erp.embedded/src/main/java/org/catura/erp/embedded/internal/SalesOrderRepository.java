package org.catura.erp.embedded.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;

/** Reads and writes C_Order, C_OrderLine and C_OrderTax rows; the rules live in {@link SalesOrderService}. */
final class SalesOrderRepository {

    int insertHeader(Tx tx, SalesOrderDraft d, String documentNo, int docTypeId, int currencyId) {
        return Sql.insert(tx, """
                INSERT INTO C_Order (DocumentNo, C_DocType_ID, C_DocTypeTarget_ID, C_BPartner_ID, C_BPartner_Location_ID,
                       Bill_BPartner_ID, Bill_Location_ID, AD_User_ID, M_Warehouse_ID, POReference, Description,
                       C_Currency_ID, IsTaxIncluded, DateOrdered, DateAcct)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING C_Order_ID
                """, documentNo, docTypeId, docTypeId, d.bpartnerId(), d.shipLocationId(), d.bpartnerId(),
                d.billLocationId(), Sql.idOrNull(d.contactId()), d.warehouseId(), d.poReference(), d.description(),
                currencyId, Sql.yn(d.taxIncluded()), d.dateOrdered(), d.dateOrdered());
    }

    void insertLines(Tx tx, int orderId, List<OrderLineResolver.ResolvedLine> lines) {
        int uomId = ReferenceData.defaultUomId(tx);
        int lineNo = 0;
        for (OrderLineResolver.ResolvedLine l : lines) {
            lineNo += 10;
            Sql.update(tx, """
                    INSERT INTO C_OrderLine (C_Order_ID, Line, M_Product_ID, C_Charge_ID, Description, C_UOM_ID,
                           M_Warehouse_ID, C_Currency_ID, DateOrdered, QtyEntered, QtyOrdered, PriceEntered, PriceActual,
                           LineNetAmt, C_Tax_ID)
                    SELECT o.C_Order_ID, ?, ?, ?, ?, COALESCE(p.C_UOM_ID, ?), o.M_Warehouse_ID, o.C_Currency_ID,
                           o.DateOrdered, ?, ?, ?, ?, ?, ?
                      FROM C_Order o LEFT JOIN M_Product p ON p.M_Product_ID = ?
                     WHERE o.C_Order_ID = ?
                    """, lineNo, Sql.idOrNull(l.productId()), Sql.idOrNull(l.chargeId()), l.description(), uomId,
                    l.qty(), l.qty(), l.price(), l.price(), l.lineNetAmt(), l.taxId(), l.productId(), orderId);
        }
    }

    void deleteLines(Tx tx, int orderId) {
        Sql.update(tx, "DELETE FROM C_OrderTax WHERE C_Order_ID = ?", orderId);
        Sql.update(tx, "DELETE FROM C_OrderLine WHERE C_Order_ID = ?", orderId);
    }

    int lineCount(Tx tx, int orderId) {
        return Sql.one(tx, "SELECT count(*) FROM C_OrderLine WHERE C_Order_ID = ?", rs -> rs.getInt(1), orderId)
                .orElse(0);
    }

    Optional<SalesOrder> load(Tx tx, int orderId) {
        List<OrderLine> lines = lines(tx, orderId);
        List<org.catura.core.api.erp.TaxAmount> taxes = DocumentTaxes.ORDER.read(tx, orderId);
        return Sql.one(tx, """
                SELECT o.C_Order_ID, o.DocumentNo, o.DocStatus, o.C_BPartner_ID, o.C_BPartner_Location_ID,
                       o.Bill_Location_ID, o.AD_User_ID, o.M_Warehouse_ID, o.POReference, c.ISO_Code, o.IsTaxIncluded,
                       o.DateOrdered, o.TotalLines, o.GrandTotal
                  FROM C_Order o JOIN C_Currency c ON c.C_Currency_ID = o.C_Currency_ID
                 WHERE o.C_Order_ID = ? AND o.IsSOTrx = 'Y'
                """, rs -> header(rs, taxes, lines), orderId);
    }

    List<OrderLine> lines(Tx tx, int orderId) {
        return Sql.list(tx, """
                SELECT C_OrderLine_ID, Line, M_Product_ID, C_Charge_ID, Description, QtyOrdered, QtyDelivered,
                       QtyInvoiced, PriceEntered, LineNetAmt, C_Tax_ID
                  FROM C_OrderLine WHERE C_Order_ID = ? ORDER BY Line
                """, rs -> new OrderLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getInt(11)), orderId);
    }

    List<Integer> idsByPoReference(Tx tx, String poReference) {
        return Sql.list(tx, "SELECT C_Order_ID FROM C_Order WHERE POReference = ? AND IsSOTrx = 'Y' ORDER BY C_Order_ID",
                rs -> rs.getInt(1), poReference);
    }

    private static SalesOrder header(ResultSet rs, List<org.catura.core.api.erp.TaxAmount> taxes,
            List<OrderLine> lines) throws SQLException {
        return new SalesOrder(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10).strip(),
                Sql.flag(rs, "IsTaxIncluded"), Sql.date(rs, "DateOrdered"), rs.getBigDecimal(13),
                rs.getBigDecimal(14), taxes, lines);
    }
}
