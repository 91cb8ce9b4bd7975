package org.catura.erp.adempiere.tx;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.TransactionFailedException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.TxWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Database} on transactions the ERP opens: the plugins' tables and the ERP documents are
 * written in the same transaction and commit together. Same contract as core's JdbcDatabase:
 * commit on return, rollback on any exception, after-commit actions only once committed.
 */
public final class TransactionalDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionalDatabase.class);

    private final Supplier<ErpTransaction> begin;
    private final DataSource dataSource;

    public TransactionalDatabase(Supplier<ErpTransaction> begin, DataSource dataSource) {
        this.begin = begin;
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        ErpTransaction trx = begin.get();
        ErpTx tx = new ErpTx(trx);
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

    private static final class ErpTx implements Tx {
        private final ErpTransaction trx;
        private final List<Runnable> afterCommit = new ArrayList<>();

        ErpTx(ErpTransaction trx) {
            this.trx = trx;
        }

        @Override
        public Connection connection() {
            return trx.connection();
        }

        @Override
        public String name() {
            return trx.name();
        }

        @Override
        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }

        void committed() {
            for (Runnable action : afterCommit) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.warn("After-commit action of {} failed: {}", trx.name(), e.getMessage(), e);
                }
            }
        }
    }
}
