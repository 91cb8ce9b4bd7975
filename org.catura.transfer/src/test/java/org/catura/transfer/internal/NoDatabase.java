package org.catura.transfer.internal;

import java.sql.Connection;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TransactionFailedException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.TxWork;

/** A Database for tests where the database is not the point: runs the work, wraps checked exceptions as the real one does. */
final class NoDatabase implements Database {

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        try {
            return work.apply(new Tx() {
                @Override
                public Connection connection() {
                    throw new UnsupportedOperationException("no database in this test");
                }

                @Override
                public String name() {
                    return "test";
                }

                @Override
                public void afterCommit(Runnable action) {
                    action.run();
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TransactionFailedException(e);
        }
    }

    @Override
    public DataSource dataSource() {
        throw new UnsupportedOperationException("no database in this test");
    }
}
