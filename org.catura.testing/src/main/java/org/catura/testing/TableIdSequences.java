package org.catura.testing;

import java.util.Locale;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;

/**
 * {@link RecordIds} for a test database without the ERP's tables: one PostgreSQL sequence per
 * table, made on first use, starting at 1000000 as the ERP's table-id sequences do. Ids are
 * unique and rising per table, and not given back on rollback, as the contract allows.
 */
public final class TableIdSequences implements RecordIds {

    @Override
    public int next(Tx tx, String tableName) {
        String sequence = "test_id_" + RecordIds.checkedTableName(tableName).toLowerCase(Locale.ROOT);
        Sql.update(tx, "create sequence if not exists " + sequence + " start 1000000");
        return Sql.one(tx, "select nextval(?)::int", rs -> rs.getInt(1), sequence).orElseThrow();
    }
}
