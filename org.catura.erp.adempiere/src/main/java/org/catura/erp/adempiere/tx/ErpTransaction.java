package org.catura.erp.adempiere.tx;

import java.sql.Connection;

/** One ERP transaction as {@link TransactionalDatabase} drives it; in iDempiere a Trx. */
public interface ErpTransaction {

    String name();

    Connection connection();

    /** @throws Exception when the commit failed; the work is then rolled back */
    void commit() throws Exception;

    void rollback();

    /** Always called last, after commit or rollback. */
    void close();
}
