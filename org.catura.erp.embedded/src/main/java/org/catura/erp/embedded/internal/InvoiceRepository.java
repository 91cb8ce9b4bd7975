package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.InvoiceLine;
import org.catura.core.api.erp.TaxAmount;

/** Reads and writes C_Invoice, C_InvoiceLine and C_InvoiceTax rows; the rules live in {@link InvoiceService}. */
final class InvoiceRepository {

    /** What to bill of one order line, and from which shipment line (0: none). */
    record ToInvoice(int orderLineId, int shipmentLineId, BigDecimal qty) {
    }

    int insertHeader(Tx tx, int orderId, String documentNo, int docTypeId, LocalDate dateInvoiced) {
        return Sql.insert(tx, """
                INSERT INTO C_Invoice (DocumentNo, C_DocType_ID, C_DocTypeTarget_ID, C_Order_ID, C_BPartner_ID,
                       C_BPartner_Location_ID, AD_User_ID, POReference, C_Currency_ID, IsTaxIncluded, DateInvoiced,
                       DateAcct)
                SELECT ?, ?, ?, C_Order_ID, Bill_BPartner_ID, Bill_Location_ID, AD_User_ID, POReference, C_Currency_ID,
                       IsTaxIncluded, ?, ?
                  FROM C_Order WHERE C_Order_ID = ?
                RETURNING C_Invoice_ID
                """, documentNo, docTypeId, docTypeId, dateInvoiced, dateInvoiced, orderId);
    }

    /** Copies price, tax and product or charge from the order line; the net amount is recomputed for the qty. */
    void insertLine(Tx tx, int invoiceId, int lineNo, ToInvoice l) {
        BigDecimal price = Sql.one(tx, "SELECT PriceEntered FROM C_OrderLine WHERE C_OrderLine_ID = ?",
                rs -> rs.getBigDecimal(1), l.orderLineId()).orElseThrow();
        Sql.update(tx, """
                INSERT INTO C_InvoiceLine (C_Invoice_ID, Line, C_OrderLine_ID, M_InOutLine_ID, M_Product_ID, C_Charge_ID,
                       Description, C_UOM_ID, QtyEntered, QtyInvoiced, PriceEntered, PriceActual, LineNetAmt, C_Tax_ID)
                SELECT ?, ?, C_OrderLine_ID, ?, M_Product_ID, C_Charge_ID, Description, C_UOM_ID, ?, ?, PriceEntered,
                       PriceActual, ?, C_Tax_ID
                  FROM C_OrderLine WHERE C_OrderLine_ID = ?
                """, invoiceId, lineNo, Sql.idOrNull(l.shipmentLineId()), l.qty(), l.qty(),
                TaxCalculator.lineNetAmt(l.qty(), price), l.orderLineId());
    }

    /** Per order line, the quantity on invoices not voided (drafted ones too). */
    static String invoicedQtySql(String orderLineColumn) {
        return "COALESCE((SELECT sum(il.QtyInvoiced) FROM C_InvoiceLine il JOIN C_Invoice i ON i.C_Invoice_ID = il.C_Invoice_ID"
                + " WHERE il.C_OrderLine_ID = " + orderLineColumn + " AND i.DocStatus <> 'VO'), 0)";
    }

    List<InvoiceLineQty> lineQtys(Tx tx, int invoiceId) {
        return Sql.list(tx, "SELECT C_OrderLine_ID, QtyInvoiced FROM C_InvoiceLine WHERE C_Invoice_ID = ?",
                rs -> new InvoiceLineQty(rs.getInt(1), rs.getBigDecimal(2)), invoiceId);
    }

    record InvoiceLineQty(int orderLineId, BigDecimal qty) {
    }

    /** GrandTotal less discounts, write-offs and amounts of allocations. */
    static BigDecimal allocated(Tx tx, int invoiceId) {
        return Sql.decimal(tx, """
                SELECT sum(al.Amount + al.DiscountAmt + al.WriteOffAmt)
                  FROM C_AllocationLine al JOIN C_AllocationHdr h ON h.C_AllocationHdr_ID = al.C_AllocationHdr_ID
                 WHERE al.C_Invoice_ID = ? AND h.DocStatus <> 'VO'
                """, invoiceId);
    }

    Optional<Invoice> load(Tx tx, int invoiceId) {
        List<InvoiceLine> lines = Sql.list(tx, """
                SELECT C_InvoiceLine_ID, Line, C_OrderLine_ID, M_InOutLine_ID, M_Product_ID, C_Charge_ID, Description,
                       QtyInvoiced, PriceEntered, LineNetAmt, C_Tax_ID
                  FROM C_InvoiceLine WHERE C_Invoice_ID = ? ORDER BY Line
                """, rs -> new InvoiceLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getInt(11)), invoiceId);
        List<TaxAmount> taxes = DocumentTaxes.INVOICE.read(tx, invoiceId);
        BigDecimal allocated = allocated(tx, invoiceId);
        return Sql.one(tx, """
                SELECT i.C_Invoice_ID, i.DocumentNo, i.DocStatus, i.C_Order_ID, i.C_BPartner_ID, i.C_BPartner_Location_ID,
                       c.ISO_Code, i.IsTaxIncluded, i.DateInvoiced, i.TotalLines, i.GrandTotal, i.IsPaid
                  FROM C_Invoice i JOIN C_Currency c ON c.C_Currency_ID = i.C_Currency_ID
                 WHERE i.C_Invoice_ID = ? AND i.IsSOTrx = 'Y'
                """, rs -> {
                    DocStatus status = DocStatus.ofCode(rs.getString(3).strip());
                    BigDecimal grandTotal = rs.getBigDecimal(11);
                    // A voided invoice is owed by nobody.
                    BigDecimal open = status == DocStatus.VOIDED ? BigDecimal.ZERO.setScale(2)
                            : grandTotal.subtract(allocated);
                    return new Invoice(rs.getInt(1), rs.getString(2), status, rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getString(7).strip(), Sql.flag(rs, "IsTaxIncluded"), Sql.date(rs, "DateInvoiced"),
                            rs.getBigDecimal(10), grandTotal, open, Sql.flag(rs, "IsPaid"), taxes, lines);
                }, invoiceId);
    }

    List<Integer> idsByOrder(Tx tx, int orderId) {
        return Sql.list(tx, "SELECT C_Invoice_ID FROM C_Invoice WHERE C_Order_ID = ? AND IsSOTrx = 'Y' ORDER BY C_Invoice_ID",
                rs -> rs.getInt(1), orderId);
    }
}
