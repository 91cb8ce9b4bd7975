package org.catura.core.api.db;

import javax.sql.DataSource;

/**
 * The database the plugins' tables live in. In the standalone runtime a PostgreSQL pool;
 * inside iDempiere the ERP's own connections, so ERP documents and plugin state share a
 * transaction.
 */
public interface Database {

    /** Runs {@code work} in a new transaction: commit on return, rollback on any exception. */
    <T> T inTransaction(TxWork<T> work);

    /** For schema migrations and plain reads outside a unit of work. */
    DataSource dataSource();
}
