package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;

/**
 * Numbers of the documents the automated flow makes by the thousand (sales orders, delivery
 * notes, business partner search keys), from a PostgreSQL sequence per AD_Sequence row (V9:
 * {@code flow_} and the row's name in lower case), drawn on the caller's connection.
 *
 * <p>Drawn from AD_Sequence in the caller's transaction, the row would stay locked until that
 * transaction ends and every worker creating the same kind of document would wait in line behind
 * it; drawn in a transaction of its own, each station transaction would need a second pooled
 * connection, and with as many workers as connections every worker waits for one that none gives
 * back. {@code nextval} needs neither: it never waits for another transaction and is not undone by
 * a rollback. The price is a gap when the caller rolls back, as with iDempiere's own numbering of
 * these documents; invoices, receipts and allocations keep gapless numbers from AD_Sequence in the
 * caller's transaction ({@link DocumentNumbers}). AD_Sequence keeps the prefix, suffix and name;
 * its CurrentNext of these rows is where the sequence started.
 */
final class FlowNumbers {

    String nextDocumentNo(Tx tx, String docBaseType) {
        return Sql.one(tx, """
                SELECT nextval(('flow_' || lower(s.Name))::regclass), s.Prefix, s.Suffix
                  FROM AD_Sequence s JOIN C_DocType d ON d.DocNoSequence_ID = s.AD_Sequence_ID
                 WHERE d.DocBaseType = ?
                """, DocumentNumbers::format, docBaseType)
                .orElseThrow(() -> new ErpException("No document number sequence for document type " + docBaseType));
    }

    String next(Tx tx, String sequenceName) {
        return Sql.one(tx, """
                SELECT nextval(('flow_' || lower(Name))::regclass), Prefix, Suffix FROM AD_Sequence WHERE Name = ? AND IsTableID = 'N'
                """, DocumentNumbers::format, sequenceName)
                .orElseThrow(() -> new ErpException("No AD_Sequence named " + sequenceName));
    }
}
