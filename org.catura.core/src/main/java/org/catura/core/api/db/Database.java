package org.catura.core.api.db;

import javax.sql.DataSource;

/**
 * The database the plugins' tables live in. In the standalone runtime a PostgreSQL pool;
 * inside iDempiere the ERP's own connections, so ERP documents and plugin state share a
 * transaction.
 */
public interface Database {

    /**
     * Runs {@code work} in a new transaction for the node's configured tenant: commit on return,
     * rollback on any exception.
     */
    <T> T inTransaction(TxWork<T> work);

    /**
     * Runs {@code work} in a new transaction for tenant {@code clientId} ({@link Tx#clientId()}), as
     * {@link #inTransaction(TxWork)} does otherwise: the ERP calls of the work run in that tenant's
     * context.
     */
    default <T> T inTransaction(int clientId, TxWork<T> work) {
        return inTransaction(tx -> work.apply(tx.clientId() == clientId ? tx : new TenantTx(tx, clientId)));
    }

    /** For schema migrations and plain reads outside a unit of work. */
    DataSource dataSource();
}
