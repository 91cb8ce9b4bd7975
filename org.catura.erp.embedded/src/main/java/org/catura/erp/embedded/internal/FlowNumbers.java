package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Database;

/**
 * Numbers of the documents the automated flow makes by the thousand (sales orders, delivery
 * notes, business partner search keys), drawn in a short transaction of their own. Drawn in the
 * caller's transaction, the AD_Sequence row stays locked until that transaction ends, and every
 * worker creating the same kind of document waits in line behind it. The price is a gap when
 * the caller rolls back, as with iDempiere's own numbering; invoices, receipts and allocations
 * keep gapless numbers in the caller's transaction ({@link DocumentNumbers}).
 */
final class FlowNumbers {

    private final Database database;

    FlowNumbers(Database database) {
        this.database = database;
    }

    String nextDocumentNo(String docBaseType) {
        return database.inTransaction(own -> DocumentNumbers.nextDocumentNo(own, docBaseType));
    }

    String next(String sequenceName) {
        return database.inTransaction(own -> DocumentNumbers.next(own, sequenceName));
    }
}
