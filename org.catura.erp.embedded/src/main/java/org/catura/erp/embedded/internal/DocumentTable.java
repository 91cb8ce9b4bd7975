package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;

/** The document tables, and the status bookkeeping all of them share (DocStatus, DocAction, Processed). */
public enum DocumentTable {
    ORDER("C_Order", "C_Order_ID", "Sales order"),
    SHIPMENT("M_InOut", "M_InOut_ID", "Shipment"),
    INVOICE("C_Invoice", "C_Invoice_ID", "Invoice"),
    PAYMENT("C_Payment", "C_Payment_ID", "Payment");

    /** A locked document: enough to check an action and to name it in a message. */
    public record Locked(DocumentTable table, int id, String documentNo, DocStatus status) {
        public String label() {
            return table.label + " " + documentNo;
        }

        public void check(DocAction action) {
            action.checkAllowed(label(), status);
        }
    }

    private final String table;
    private final String idColumn;
    private final String label;

    DocumentTable(String table, String idColumn, String label) {
        this.table = table;
        this.idColumn = idColumn;
        this.label = label;
    }

    /**
     * Reads the document with a row lock (held until the caller's transaction ends), so two
     * transactions never run actions on the same document at once.
     */
    public Locked lock(Tx tx, int id) {
        return Sql.one(tx, "SELECT DocumentNo, DocStatus FROM " + table + " WHERE " + idColumn + " = ? FOR UPDATE",
                rs -> new Locked(this, id, rs.getString(1), DocStatus.ofCode(rs.getString(2).strip())), id)
                .orElseThrow(() -> new ErpException(label + " " + id + " does not exist"));
    }

    /** Sets the status, Processed, and the next DocAction as iDempiere would offer it. */
    public void setStatus(Tx tx, int id, DocStatus status) {
        boolean processed = status != DocStatus.DRAFTED && status != DocStatus.IN_PROGRESS;
        String next = nextAction(status);
        Sql.update(tx, "UPDATE " + table + " SET DocStatus = ?, DocAction = ?, Processed = ?, Updated = now() WHERE "
                + idColumn + " = ?", status.code(), next, Sql.yn(processed), id);
    }

    /**
     * {@link #setStatus(Tx, int, DocStatus)}, and the document's lines and tax rows marked
     * processed or not, in one statement: completing is what every order of the flow goes through.
     */
    public void setStatus(Tx tx, int id, DocStatus status, DocumentTaxes rows, boolean rowsProcessed) {
        boolean processed = status != DocStatus.DRAFTED && status != DocStatus.IN_PROGRESS;
        Sql.update(tx, "WITH taxes AS (UPDATE " + rows.taxTable() + " SET Processed = ?, Updated = now() WHERE "
                + idColumn + " = ?), lines AS (UPDATE " + rows.lineTable() + " SET Processed = ?, Updated = now() WHERE "
                + idColumn + " = ?) UPDATE " + table + " SET DocStatus = ?, DocAction = ?, Processed = ?, "
                + "Updated = now() WHERE " + idColumn + " = ?", Sql.yn(rowsProcessed), id, Sql.yn(rowsProcessed), id,
                status.code(), nextAction(status), Sql.yn(processed), id);
    }

    private static String nextAction(DocStatus status) {
        return switch (status) {
            case DRAFTED, IN_PROGRESS -> "CO";
            case COMPLETED -> "CL";
            case CLOSED, VOIDED -> "--";
        };
    }

    public String label() {
        return label;
    }
}
