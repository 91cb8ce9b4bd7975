package org.catura.erp.adempiere.component;

import java.sql.Connection;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TxWork;
import org.catura.erp.adempiere.model.TrxTransaction;
import org.catura.erp.adempiere.tx.ConnectionDataSource;
import org.catura.erp.adempiere.tx.TransactionalDatabase;
import org.compiere.util.DB;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@link Database} on the ERP's own connections: a Trx per unit of work, so plugin
 * tables and ERP documents commit together; Flyway gets connections from DB.createConnection.
 */
@Component(service = Database.class, property = "catura.database=adempiere")
public final class AdempiereDatabaseComponent implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(AdempiereDatabaseComponent.class);

    private final Database database;

    @Activate
    public AdempiereDatabaseComponent() {
        ErpGuard.requireConnectedErp(LOG, "Catura database on the ERP's connections");
        database = new TransactionalDatabase(TrxTransaction::begin, new ConnectionDataSource(
                () -> DB.createConnection(true, Connection.TRANSACTION_READ_COMMITTED)));
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        return database.inTransaction(work);
    }

    @Override
    public DataSource dataSource() {
        return database.dataSource();
    }
}
