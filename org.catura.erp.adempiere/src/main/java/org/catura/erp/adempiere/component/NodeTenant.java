package org.catura.erp.adempiere.component;

import java.util.function.IntSupplier;

/**
 * The tenant of work that names none (the web UI, the command line): the configured clientId, else
 * System's AD_SysConfig {@value #SYSCONFIG}. Inside iDempiere there is no configuration folder, so
 * an administrator names the tenant in the System Configurator window; orders always run in their
 * channel's tenant whatever this says.
 */
final class NodeTenant {

    static final String SYSCONFIG = "CATURA_CLIENT_ID";

    private final int configured;
    private final IntSupplier fromSysConfig;

    /** @param fromSysConfig read only once the ERP database is open */
    NodeTenant(int configured, IntSupplier fromSysConfig) {
        if (configured < 0) {
            throw new IllegalArgumentException("AD_Client_ID must be a tenant (> 0) or 0 for AD_SysConfig "
                    + SYSCONFIG + ", was " + configured + "; set clientId in configuration org.catura.erp.adempiere");
        }
        this.configured = configured;
        this.fromSysConfig = fromSysConfig;
    }

    /** The tenant, or {@link ErpStartup.NotYet} while neither the configuration nor AD_SysConfig names one. */
    int clientId() {
        if (configured > 0) {
            return configured;
        }
        int fromErp = fromSysConfig.getAsInt();
        if (fromErp > 0) {
            return fromErp;
        }
        throw new ErpStartup.NotYet("waiting for the node's tenant: set " + SYSCONFIG
                + " (System) in the System Configurator window, or clientId in configuration org.catura.erp.adempiere");
    }
}
