package org.catura.erp.adempiere.component;

import java.sql.Connection;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.erp.adempiere.model.TrxTransaction;
import org.catura.erp.adempiere.tx.ConnectionDataSource;
import org.catura.erp.adempiere.tx.TransactionalDatabase;
import org.compiere.util.DB;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link Database} (property catura.database=adempiere) on the ERP's own connections
 * once the ERP database is open: a Trx per unit of work, so plugin tables and ERP documents
 * commit together; Flyway gets connections from DB.createConnection.
 */
@Component(service = {}, configurationPid = "org.catura.erp.adempiere",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class AdempiereDatabaseComponent {

    private static final Logger LOG = LoggerFactory.getLogger(AdempiereDatabaseComponent.class);
    private static final String WHAT = "Catura database on the ERP's connections";

    private final ErpStartup startup;

    /** Transactions that name no tenant are for the ERP port's configured tenant (clientId). */
    @Activate
    public AdempiereDatabaseComponent(ErpConfig config, BundleContext bundle) {
        this(config.clientId(), ErpDatabase::isOpen, database -> register(bundle, database), Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    /** Transactions that name no tenant are for the standalone runtime's. */
    public AdempiereDatabaseComponent(BundleContext bundle) {
        this(Tx.STANDALONE_CLIENT_ID, ErpDatabase::isOpen, database -> register(bundle, database),
                Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    AdempiereDatabaseComponent(BooleanSupplier databaseOpen, Function<Database, AutoCloseable> register,
            Duration firstDelay, Duration maxDelay) {
        this(Tx.STANDALONE_CLIENT_ID, databaseOpen, register, firstDelay, maxDelay);
    }

    AdempiereDatabaseComponent(int clientId, BooleanSupplier databaseOpen, Function<Database, AutoCloseable> register,
            Duration firstDelay, Duration maxDelay) {
        Database database = new TransactionalDatabase(TrxTransaction::begin, new ConnectionDataSource(
                () -> DB.createConnection(true, Connection.TRANSACTION_READ_COMMITTED)), clientId);
        startup = new ErpStartup(WHAT, databaseOpen, () -> register.apply(database), LOG, firstDelay, maxDelay)
                .start();
    }

    @Deactivate
    void deactivate() {
        startup.close();
    }

    /** The state a person reads: waiting for the database, started, or why it failed. */
    @Override
    public String toString() {
        return WHAT + " (catura.database=adempiere): " + startup.state();
    }

    private static AutoCloseable register(BundleContext bundle, Database database) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("catura.database", "adempiere");
        ServiceRegistration<Database> registration = bundle.registerService(Database.class, database, properties);
        return registration::unregister;
    }
}
