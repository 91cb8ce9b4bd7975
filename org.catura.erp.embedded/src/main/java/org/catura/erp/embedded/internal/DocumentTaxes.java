package org.catura.erp.embedded.internal;

import java.util.List;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.TaxAmount;

/**
 * Recomputes C_OrderTax / C_InvoiceTax and the header's TotalLines and GrandTotal from the lines
 * as stored, so totals can never disagree with the lines.
 */
public enum DocumentTaxes {
    ORDER("C_Order", "C_OrderLine", "C_OrderTax", "C_Order_ID"),
    INVOICE("C_Invoice", "C_InvoiceLine", "C_InvoiceTax", "C_Invoice_ID");

    private final String header;
    private final String lineTable;
    private final String taxTable;
    private final String idColumn;

    DocumentTaxes(String header, String lineTable, String taxTable, String idColumn) {
        this.header = header;
        this.lineTable = lineTable;
        this.taxTable = taxTable;
        this.idColumn = idColumn;
    }

    public TaxCalculator.Totals recalculate(Tx tx, int documentId) {
        boolean taxIncluded = Sql.one(tx, "SELECT IsTaxIncluded FROM " + header + " WHERE " + idColumn + " = ?",
                rs -> Sql.flag(rs, "IsTaxIncluded"), documentId).orElseThrow();
        List<TaxCalculator.TaxedLine> lines = Sql.list(tx, "SELECT l.C_Tax_ID, t.Rate, l.LineNetAmt FROM " + lineTable
                + " l JOIN C_Tax t ON t.C_Tax_ID = l.C_Tax_ID WHERE l." + idColumn + " = ? ORDER BY l.Line",
                rs -> new TaxCalculator.TaxedLine(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), documentId);
        TaxCalculator.Totals totals = TaxCalculator.totals(lines, taxIncluded);
        Sql.update(tx, "DELETE FROM " + taxTable + " WHERE " + idColumn + " = ?", documentId);
        for (TaxAmount tax : totals.taxes()) {
            Sql.update(tx, "INSERT INTO " + taxTable + " (" + idColumn
                    + ", C_Tax_ID, TaxBaseAmt, TaxAmt, IsTaxIncluded) VALUES (?, ?, ?, ?, ?)", documentId, tax.taxId(),
                    tax.taxBaseAmt(), tax.taxAmt(), Sql.yn(taxIncluded));
        }
        Sql.update(tx, "UPDATE " + header + " SET TotalLines = ?, GrandTotal = ?, Updated = now() WHERE " + idColumn
                + " = ?", totals.totalLines(), totals.grandTotal(), documentId);
        return totals;
    }

    public List<TaxAmount> read(Tx tx, int documentId) {
        return Sql.list(tx, "SELECT x.C_Tax_ID, t.Rate, x.TaxBaseAmt, x.TaxAmt FROM " + taxTable
                + " x JOIN C_Tax t ON t.C_Tax_ID = x.C_Tax_ID WHERE x." + idColumn + " = ? ORDER BY x.C_Tax_ID",
                rs -> new TaxAmount(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                documentId);
    }

    String taxTable() {
        return taxTable;
    }

    String lineTable() {
        return lineTable;
    }

    /** Marks the tax rows processed together with their document. */
    public void setProcessed(Tx tx, int documentId, boolean processed) {
        Sql.update(tx, "UPDATE " + taxTable + " SET Processed = ?, Updated = now() WHERE " + idColumn + " = ?",
                Sql.yn(processed), documentId);
        Sql.update(tx, "UPDATE " + lineTable + " SET Processed = ?, Updated = now() WHERE " + idColumn + " = ?",
                Sql.yn(processed), documentId);
    }
}
