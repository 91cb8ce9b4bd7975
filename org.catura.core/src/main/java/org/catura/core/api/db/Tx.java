package org.catura.core.api.db;

import java.sql.Connection;

/**
 * One database transaction, shared by the ERP port and the plugins' own tables so that a
 * station's document changes and its state change commit together.
 */
public interface Tx {

    /** The JDBC connection of this transaction; never commit or close it yourself. */
    Connection connection();

    /** The ERP's name for this transaction (iDempiere's trxName); synthetic in the embedded ERP. */
    String name();

    /** Runs {@code action} once this transaction has committed; dropped on rollback. */
    void afterCommit(Runnable action);
}
