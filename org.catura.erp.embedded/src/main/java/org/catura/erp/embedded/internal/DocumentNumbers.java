package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;

/**
 * Numbers from AD_Sequence. The UPDATE … RETURNING takes a row lock that is held until the
 * caller's transaction ends, so two transactions never draw the same number, and a rolled-back
 * transaction gives its number back: gapless, as invoices need (German invoice numbers must be
 * unique and sequential). The row is locked on the caller's own connection, so no second pooled
 * connection is needed. Flow documents draw through {@link FlowNumbers} instead.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** The next DocumentNo for the document type with this DocBaseType. */
    public static String nextDocumentNo(Tx tx, String docBaseType) {
        return Sql.one(tx, """
                UPDATE AD_Sequence s
                   SET CurrentNext = s.CurrentNext + s.IncrementNo, Updated = now()
                  FROM C_DocType d
                 WHERE d.DocBaseType = ? AND d.DocNoSequence_ID = s.AD_Sequence_ID
                RETURNING s.CurrentNext - s.IncrementNo, s.Prefix, s.Suffix
                """, DocumentNumbers::format, docBaseType)
                .orElseThrow(() -> new ErpException("No document number sequence for document type " + docBaseType));
    }

    /** The next value of the AD_Sequence with this name (e.g. C_BPartner for search keys). */
    public static String next(Tx tx, String sequenceName) {
        return Sql.one(tx, """
                UPDATE AD_Sequence
                   SET CurrentNext = CurrentNext + IncrementNo, Updated = now()
                 WHERE Name = ? AND IsTableID = 'N'
                RETURNING CurrentNext - IncrementNo, Prefix, Suffix
                """, DocumentNumbers::format, sequenceName)
                .orElseThrow(() -> new ErpException("No AD_Sequence named " + sequenceName));
    }

    static String format(java.sql.ResultSet rs) throws java.sql.SQLException {
        String prefix = rs.getString(2);
        String suffix = rs.getString(3);
        return (prefix == null ? "" : prefix) + rs.getBigDecimal(1).toPlainString() + (suffix == null ? "" : suffix);
    }
}
