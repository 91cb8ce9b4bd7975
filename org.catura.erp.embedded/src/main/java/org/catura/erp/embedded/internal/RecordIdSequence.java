package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.RecordIds;

/**
 * Record ids from AD_Sequence rows with IsTableID='Y', one per table, starting at 1000000 as
 * iDempiere's table-id sequences do for tenant data. The row is made on first use (ON CONFLICT,
 * so two first users do not fail each other) and advanced with UPDATE … RETURNING in the caller's
 * transaction: the row lock serialises drawers of the same table until the first one ends, which
 * is cheap for configuration tables (few writes), and needs no second pooled connection.
 */
final class RecordIdSequence implements RecordIds {

    /** First id of a table's sequence, as iDempiere's for client data (below is the System's range). */
    static final int FIRST_ID = 1000000;

    @Override
    public int next(Tx tx, String tableName) {
        RecordIds.checkedTableName(tableName);
        Sql.update(tx, """
                INSERT INTO AD_Sequence (AD_Client_ID, Name, Description, IsTableID, IncrementNo, CurrentNext)
                VALUES (0, ?, ?, 'Y', 1, ?)
                ON CONFLICT (Name, IsTableID) DO NOTHING
                """, tableName, "Table " + tableName, FIRST_ID);
        return Sql.one(tx, """
                UPDATE AD_Sequence
                   SET CurrentNext = CurrentNext + IncrementNo, Updated = now()
                 WHERE Name = ? AND IsTableID = 'Y'
                RETURNING CurrentNext - IncrementNo
                """, rs -> rs.getInt(1), tableName)
                .orElseThrow(() -> new ErpException("No table-id sequence for " + tableName
                        + " although it was just created; is AD_Sequence migrated (erp V10)?"));
    }
}
