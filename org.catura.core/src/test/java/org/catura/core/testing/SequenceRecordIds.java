package org.catura.core.testing;

import java.sql.SQLException;
import java.sql.Statement;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;

/**
 * Record ids for core's tests, which run without an ERP's AD_Sequence: a PostgreSQL sequence per
 * table in the test database, from 1000000 like the ERPs' table-id sequences. Unique and
 * increasing across the test class's stores, as the contract of {@link RecordIds} says.
 */
public final class SequenceRecordIds implements RecordIds {

    @Override
    public int next(Tx tx, String tableName) {
        String sequence = "test_ids_" + RecordIds.checkedTableName(tableName).toLowerCase(java.util.Locale.ROOT);
        try (Statement st = tx.connection().createStatement()) {
            st.execute("create sequence if not exists " + sequence + " start 1000000");
            try (var rs = st.executeQuery("select nextval('" + sequence + "')")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Test record id for " + tableName + ": " + e.getMessage(), e);
        }
    }
}
