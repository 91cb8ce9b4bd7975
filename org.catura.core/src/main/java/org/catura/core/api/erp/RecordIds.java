package org.catura.core.api.erp;

import org.catura.core.api.db.Tx;

/**
 * The primary keys of dictionary tables ({@code <T>_ID}): drawn from the ERP's AD_Sequence, as
 * iDempiere's windows draw them, so rows made by iDempiere and rows made by Catura never collide.
 */
public interface RecordIds {

    /**
     * The next {@code <tableName>_ID}: unique for the table and larger than every id drawn before it.
     * Ids are not gapless (a rolled-back transaction may lose one). {@code tableName} as in
     * AD_Table.TableName, e.g. {@code CAT_ReleaseRule}.
     *
     * @throws ErpException if the ERP cannot draw an id
     */
    int next(Tx tx, String tableName);

    /**
     * {@code tableName} when it is an AD_Table.TableName (a letter, then letters, digits and
     * underscores, at most 60, as AD_Sequence.Name holds): implementations build SQL from it.
     *
     * @throws IllegalArgumentException otherwise
     */
    static String checkedTableName(String tableName) {
        if (tableName == null || !tableName.matches("[A-Za-z][A-Za-z0-9_]{0,59}")) {
            throw new IllegalArgumentException("Not a table name: '" + tableName
                    + "'; expected AD_Table.TableName such as CAT_ReleaseRule");
        }
        return tableName;
    }
}
