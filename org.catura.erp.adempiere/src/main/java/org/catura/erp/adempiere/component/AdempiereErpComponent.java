package org.catura.erp.adempiere.component;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.catura.core.api.erp.Erp;
import org.catura.erp.adempiere.mapping.ErpContext;
import org.catura.erp.adempiere.mapping.StockSql;
import org.catura.erp.adempiere.model.AdempiereErp;
import org.catura.erp.adempiere.model.ErpSettings;
import org.compiere.model.MTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link Erp} port on the ERP's model classes (property catura.erp=adempiere,
 * configuration PID org.catura.erp.adempiere) once the ERP database is open; until then it
 * is active and waiting (see {@link #toString()}), so the port appears late instead of never.
 */
@Component(service = {}, configurationPid = "org.catura.erp.adempiere",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ErpConfig.class)
public final class AdempiereErpComponent {

    private static final Logger LOG = LoggerFactory.getLogger(AdempiereErpComponent.class);
    private static final String WHAT = "Catura ERP port";

    private final ErpStartup startup;

    @Activate
    public AdempiereErpComponent(ErpConfig config, BundleContext bundle) {
        this(config, ErpDatabase::isOpen, ErpDatabase::sysConfigTenant, AdempiereErpComponent::create,
                erp -> register(bundle, erp), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    AdempiereErpComponent(ErpConfig config, BooleanSupplier databaseOpen, IntSupplier sysConfigTenant,
            BiFunction<ErpConfig, Integer, Erp> create, Function<Erp, AutoCloseable> register, Duration firstDelay,
            Duration maxDelay) {
        NodeTenant tenant;
        try {
            // a configuration mistake is reported now, not after the wait
            tenant = new NodeTenant(config.clientId(), sysConfigTenant);
            context(config, Math.max(config.clientId(), 1));
        } catch (IllegalArgumentException e) {
            LOG.error("{} not started: {}", WHAT, e.getMessage());
            throw e;
        }
        startup = new ErpStartup(WHAT, databaseOpen, () -> register.apply(create.apply(config, tenant.clientId())),
                LOG, firstDelay, maxDelay).start();
    }

    @Deactivate
    void deactivate() {
        startup.close();
    }

    /** The state a person reads: waiting for the database, started, or why it failed. */
    @Override
    public String toString() {
        return WHAT + " (catura.erp=adempiere): " + startup.state();
    }

    private static ErpContext context(ErpConfig config, int clientId) {
        return new ErpContext(clientId, config.orgId(), config.userId(), config.roleId(), config.language());
    }

    private static Erp create(ErpConfig config, int clientId) {
        ErpContext context = context(config, clientId);
        MTable onHand = MTable.get(context.toProperties(), "M_StorageOnHand");
        StockSql stock = StockSql.forTables(onHand != null && onHand.get_ID() > 0);
        Erp erp = new AdempiereErp(new ErpSettings(context, config.orderDocTypeId(), config.bankAccountId(),
                config.tenderType(), stock));
        LOG.info("{} started, AD_Client_ID {} for work that names no tenant (stock from {})", WHAT, clientId, stock);
        return erp;
    }

    private static AutoCloseable register(BundleContext bundle, Erp erp) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("catura.erp", "adempiere");
        ServiceRegistration<Erp> registration = bundle.registerService(Erp.class, erp, properties);
        return registration::unregister;
    }
}
