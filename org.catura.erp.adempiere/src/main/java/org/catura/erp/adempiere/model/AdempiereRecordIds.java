package org.catura.erp.adempiere.model;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.RecordIds;
import org.compiere.util.DB;

/**
 * Record ids from iDempiere's own table-id sequences, exactly as its windows draw them, so rows
 * made in a window and rows made by Catura share one sequence. iDempiere advances AD_Sequence on
 * a connection of its own (MSequence), so an id is never given back on rollback.
 */
final class AdempiereRecordIds implements RecordIds {

    private final ErpSettings settings;

    AdempiereRecordIds(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public int next(Tx tx, String tableName) {
        Session s = Session.of(tx, settings);
        int id = DB.getNextID(settings.context().clientId(), tableName, s.trxName);
        if (id <= 0) {
            throw new ErpException("iDempiere has no active table-id sequence (AD_Sequence, IsTableID='Y') for "
                    + tableName + ": import the org.catura.idempiere 2Pack, or run 'Check Sequence' in iDempiere");
        }
        return id;
    }
}
