package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.core.api.erp.TaxAmount;

/** Reads and writes C_Order, C_OrderLine and C_OrderTax rows; the rules live in {@link SalesOrderService}. */
final class SalesOrderRepository {

    private static final String LINE_COLUMNS = """
            C_OrderLine_ID, Line, M_Product_ID, C_Charge_ID, Description, QtyOrdered, QtyDelivered, QtyInvoiced,
            PriceEntered, LineNetAmt, C_Tax_ID""";

    /**
     * Writes a new order with its lines and taxes, totals computed beforehand, and gives it back
     * from what the inserts return: three statements where writing, recomputing and reading back
     * took a dozen for every order of the flow.
     */
    SalesOrder insert(Tx tx, SalesOrderDraft d, String documentNo, int docTypeId, int currencyId, String currency,
            int uomId, List<OrderLineResolver.ResolvedLine> lines, TaxCalculator.Totals totals) {
        SalesOrder header = Sql.one(tx, """
                INSERT INTO C_Order (DocumentNo, C_DocType_ID, C_DocTypeTarget_ID, C_BPartner_ID, C_BPartner_Location_ID,
                       Bill_BPartner_ID, Bill_Location_ID, AD_User_ID, M_Warehouse_ID, POReference, Description,
                       C_Currency_ID, IsTaxIncluded, DateOrdered, DateAcct, TotalLines, GrandTotal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING C_Order_ID, DocumentNo, DocStatus, C_BPartner_ID, C_BPartner_Location_ID, Bill_Location_ID,
                          AD_User_ID, M_Warehouse_ID, POReference, ? AS ISO_Code, IsTaxIncluded, DateOrdered,
                          TotalLines, GrandTotal
                """, rs -> header(rs, List.of(), List.of()), documentNo, docTypeId, docTypeId, d.bpartnerId(),
                d.shipLocationId(), d.bpartnerId(), d.billLocationId(), Sql.idOrNull(d.contactId()), d.warehouseId(),
                d.poReference(), d.description(), currencyId, Sql.yn(d.taxIncluded()), d.dateOrdered(),
                d.dateOrdered(), totals.totalLines(), totals.grandTotal(), currency)
                .orElseThrow(() -> new IllegalStateException("Insert into C_Order returned no row"));
        List<OrderLine> written = insertLines(tx, header.id(), lines, uomId);
        insertTaxes(tx, header.id(), totals.taxes(), d.taxIncluded());
        return withLines(new SalesOrder(header.id(), header.documentNo(), header.status(), header.bpartnerId(),
                header.shipLocationId(), header.billLocationId(), header.contactId(), header.warehouseId(),
                header.poReference(), header.currency(), header.taxIncluded(), header.dateOrdered(),
                header.totalLines(), header.grandTotal(), totals.taxes(), List.of()), written);
    }

    /** All lines in one INSERT, numbered 10, 20, …; the unit is the product's, else the default one. */
    List<OrderLine> insertLines(Tx tx, int orderId, List<OrderLineResolver.ResolvedLine> lines, int uomId) {
        if (lines.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(uomId);
        int lineNo = 0;
        for (OrderLineResolver.ResolvedLine l : lines) {
            lineNo += 10;
            values.append(values.isEmpty() ? "" : ", ").append(
                    "(?::numeric, ?::numeric, ?::numeric, ?::varchar, ?::numeric, ?::numeric, ?::numeric, ?::numeric)");
            params.addAll(Arrays.asList(lineNo, Sql.idOrNull(l.productId()), Sql.idOrNull(l.chargeId()),
                    l.description(), l.qty(), l.price(), l.lineNetAmt(), l.taxId()));
        }
        params.add(orderId);
        List<OrderLine> written = new ArrayList<>(Sql.list(tx, """
                INSERT INTO C_OrderLine (C_Order_ID, Line, M_Product_ID, C_Charge_ID, Description, C_UOM_ID,
                       M_Warehouse_ID, C_Currency_ID, DateOrdered, QtyEntered, QtyOrdered, PriceEntered, PriceActual,
                       LineNetAmt, C_Tax_ID)
                SELECT o.C_Order_ID, v.Line, v.M_Product_ID, v.C_Charge_ID, v.Description, COALESCE(p.C_UOM_ID, ?),
                       o.M_Warehouse_ID, o.C_Currency_ID, o.DateOrdered, v.Qty, v.Qty, v.Price, v.Price, v.LineNetAmt,
                       v.C_Tax_ID
                  FROM (VALUES\s""" + values + """
                ) v (Line, M_Product_ID, C_Charge_ID, Description, Qty, Price, LineNetAmt, C_Tax_ID)
                  JOIN C_Order o ON o.C_Order_ID = ?
                  LEFT JOIN M_Product p ON p.M_Product_ID = v.M_Product_ID
                 ORDER BY v.Line
                RETURNING\s""" + LINE_COLUMNS, SalesOrderRepository::line, params.toArray()));
        written.sort(Comparator.comparingInt(OrderLine::line));
        return written;
    }

    private static void insertTaxes(Tx tx, int orderId, List<TaxAmount> taxes, boolean taxIncluded) {
        if (taxes.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (TaxAmount tax : taxes) {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(orderId, tax.taxId(), tax.taxBaseAmt(), tax.taxAmt(), Sql.yn(taxIncluded)));
        }
        Sql.update(tx, "INSERT INTO C_OrderTax (C_Order_ID, C_Tax_ID, TaxBaseAmt, TaxAmt, IsTaxIncluded) VALUES "
                + values, params.toArray());
    }

    void deleteLines(Tx tx, int orderId) {
        Sql.update(tx, "DELETE FROM C_OrderTax WHERE C_Order_ID = ?", orderId);
        Sql.update(tx, "DELETE FROM C_OrderLine WHERE C_Order_ID = ?", orderId);
    }

    Optional<SalesOrder> load(Tx tx, int orderId) {
        return load(tx, orderId, "");
    }

    /**
     * The order, its header row locked until the caller's transaction ends, so two transactions
     * never run actions on the same order at once.
     */
    Optional<SalesOrder> lockAndLoad(Tx tx, int orderId) {
        return load(tx, orderId, " FOR UPDATE OF o");
    }

    /**
     * The header with its lines (one row per line) and its taxes (as one text column, ordered by
     * C_Tax_ID) in one query: every order of the flow is read twice on its way to being released.
     */
    private Optional<SalesOrder> load(Tx tx, int orderId, String lock) {
        List<OrderLine> lines = new ArrayList<>();
        List<SalesOrder> rows = Sql.list(tx, """
                SELECT o.C_Order_ID, o.DocumentNo, o.DocStatus, o.C_BPartner_ID, o.C_BPartner_Location_ID,
                       o.Bill_Location_ID, o.AD_User_ID, o.M_Warehouse_ID, o.POReference, c.ISO_Code, o.IsTaxIncluded,
                       o.DateOrdered, o.TotalLines, o.GrandTotal,
                       l.C_OrderLine_ID, l.Line, l.M_Product_ID, l.C_Charge_ID, l.Description, l.QtyOrdered,
                       l.QtyDelivered, l.QtyInvoiced, l.PriceEntered, l.LineNetAmt, l.C_Tax_ID,
                       (SELECT string_agg(x.C_Tax_ID || ' ' || t.Rate || ' ' || x.TaxBaseAmt || ' ' || x.TaxAmt, ','
                                          ORDER BY x.C_Tax_ID)
                          FROM C_OrderTax x JOIN C_Tax t ON t.C_Tax_ID = x.C_Tax_ID
                         WHERE x.C_Order_ID = o.C_Order_ID) AS Taxes
                  FROM C_Order o JOIN C_Currency c ON c.C_Currency_ID = o.C_Currency_ID
                  LEFT JOIN C_OrderLine l ON l.C_Order_ID = o.C_Order_ID
                 WHERE o.C_Order_ID = ? AND o.IsSOTrx = 'Y'
                 ORDER BY l.Line
                """ + lock, rs -> {
            if (rs.getObject(15) != null) {
                lines.add(new OrderLine(rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getString(19),
                        rs.getBigDecimal(20), rs.getBigDecimal(21), rs.getBigDecimal(22), rs.getBigDecimal(23),
                        rs.getBigDecimal(24), rs.getInt(25)));
            }
            return header(rs, taxes(rs.getString(26)), List.of());
        }, orderId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(withLines(rows.get(0), lines));
    }

    /** "taxId rate base amount,…" as the query above writes it; numeric text keeps its scale. */
    private static List<TaxAmount> taxes(String text) {
        if (text == null) {
            return List.of();
        }
        List<TaxAmount> taxes = new ArrayList<>();
        for (String tax : text.split(",")) {
            String[] f = tax.split(" ");
            taxes.add(new TaxAmount(Integer.parseInt(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]),
                    new BigDecimal(f[3])));
        }
        return taxes;
    }

    static SalesOrder withLines(SalesOrder o, List<OrderLine> lines) {
        return new SalesOrder(o.id(), o.documentNo(), o.status(), o.bpartnerId(), o.shipLocationId(),
                o.billLocationId(), o.contactId(), o.warehouseId(), o.poReference(), o.currency(), o.taxIncluded(),
                o.dateOrdered(), o.totalLines(), o.grandTotal(), o.taxes(), lines);
    }

    List<Integer> idsByPoReference(Tx tx, String poReference) {
        return Sql.list(tx, "SELECT C_Order_ID FROM C_Order WHERE POReference = ? AND IsSOTrx = 'Y' ORDER BY C_Order_ID",
                rs -> rs.getInt(1), poReference);
    }

    private static OrderLine line(ResultSet rs) throws SQLException {
        return new OrderLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getInt(11));
    }

    private static SalesOrder header(ResultSet rs, List<org.catura.core.api.erp.TaxAmount> taxes,
            List<OrderLine> lines) throws SQLException {
        return new SalesOrder(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10).strip(),
                Sql.flag(rs, "IsTaxIncluded"), Sql.date(rs, "DateOrdered"), rs.getBigDecimal(13),
                rs.getBigDecimal(14), taxes, lines);
    }
}
