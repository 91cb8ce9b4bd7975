package org.catura.erp.adempiere.tx;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.catura.core.api.db.ConnectionTx;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.TransactionFailedException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.TxWork;

/**
 * {@link Database} on transactions the ERP opens: the plugins' tables and the ERP documents are
 * written in the same transaction and commit together. Same contract as core's JdbcDatabase:
 * commit on return, rollback on any exception, after-commit actions only once committed.
 */
public final class TransactionalDatabase implements Database {

    private final Supplier<ErpTransaction> begin;
    private final DataSource dataSource;
    private final int clientId;

    /** Transactions that name no tenant are for the standalone runtime's ({@link Tx#STANDALONE_CLIENT_ID}). */
    public TransactionalDatabase(Supplier<ErpTransaction> begin, DataSource dataSource) {
        this(begin, dataSource, Tx.STANDALONE_CLIENT_ID);
    }

    /** @param clientId the tenant of transactions that name none: the ERP port's configured one */
    public TransactionalDatabase(Supplier<ErpTransaction> begin, DataSource dataSource, int clientId) {
        this.begin = begin;
        this.dataSource = dataSource;
        this.clientId = clientId;
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        return inTransaction(clientId, work);
    }

    @Override
    public <T> T inTransaction(int clientId, TxWork<T> work) {
        ErpTransaction trx = begin.get();
        ConnectionTx tx = new ConnectionTx(trx::connection, trx.name(), clientId);
        T result;
        try {
            result = work.apply(tx);
            try {
                trx.commit();
            } catch (Exception e) {
                throw new DatabaseException("Commit of transaction " + trx.name() + " failed: " + e.getMessage(), e);
            }
        } catch (Throwable e) {
            try {
                trx.rollback();
            } catch (RuntimeException r) {
                e.addSuppressed(r);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw new TransactionFailedException(e);
        } finally {
            trx.close();
        }
        tx.committed();
        return result;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }
}
