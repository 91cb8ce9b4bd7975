package org.catura.erp.adempiere.component;

import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.ForwardingErp;
import org.catura.erp.adempiere.mapping.ErpContext;
import org.catura.erp.adempiere.mapping.StockSql;
import org.catura.erp.adempiere.model.AdempiereErp;
import org.catura.erp.adempiere.model.ErpSettings;
import org.compiere.model.MTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers the {@link Erp} port on the ERP's model classes; configuration PID org.catura.erp.adempiere. */
@Component(service = Erp.class, configurationPid = "org.catura.erp.adempiere",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "catura.erp=adempiere")
@Designate(ocd = ErpConfig.class)
public final class AdempiereErpComponent extends ForwardingErp {

    private static final Logger LOG = LoggerFactory.getLogger(AdempiereErpComponent.class);

    @Activate
    public AdempiereErpComponent(ErpConfig config) {
        super(create(config));
    }

    private static Erp create(ErpConfig config) {
        ErpGuard.requireConnectedErp(LOG, "Catura ERP port");
        ErpContext context;
        try {
            context = new ErpContext(config.clientId(), config.orgId(), config.userId(), config.roleId(),
                    config.language());
        } catch (IllegalArgumentException e) {
            LOG.error("Catura ERP port not started: {}", e.getMessage());
            throw e;
        }
        MTable onHand = MTable.get(context.toProperties(), "M_StorageOnHand");
        StockSql stock = StockSql.forTables(onHand != null && onHand.get_ID() > 0);
        Erp erp = new AdempiereErp(new ErpSettings(context, config.orderDocTypeId(), config.bankAccountId(),
                config.tenderType(), stock));
        LOG.info("Catura ERP port started for AD_Client_ID {} (stock from {})", config.clientId(), stock);
        return erp;
    }
}
