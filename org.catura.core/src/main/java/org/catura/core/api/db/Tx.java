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

    /**
     * The tenant (AD_Client_ID) this unit of work is for: the ERP writes its documents in that
     * tenant's context. A station's work is for its order's tenant, an import's for its channel's;
     * any other work for the node's configured tenant.
     */
    default int clientId() {
        return STANDALONE_CLIENT_ID;
    }

    /** The tenant of the standalone runtime, the embedded ERP's only client. */
    int STANDALONE_CLIENT_ID = 1000000;
}
