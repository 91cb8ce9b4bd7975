package org.catura.erp.adempiere.model;

import org.catura.core.api.erp.ErpException;
import org.catura.erp.adempiere.mapping.ErpContext;

/**
 * What a tenant's ERP work needs, per tenant: its organisation, user, role and language for the
 * context, and its order document type, bank account and tender type, from the tenant's
 * AD_SysConfig (the 2Pack ships the keys with System defaults), else from the port's configuration.
 */
final class TenantSettings {

    static final String ORG = "CATURA_ORG_ID";
    static final String USER = "CATURA_USER_ID";
    static final String ROLE = "CATURA_ROLE_ID";
    static final String LANGUAGE = "CATURA_LANGUAGE";
    static final String ORDER_DOCTYPE = "CATURA_ORDER_DOCTYPE_ID";
    static final String BANK_ACCOUNT = "CATURA_BANKACCOUNT_ID";
    static final String TENDER_TYPE = "CATURA_TENDERTYPE";

    private final ErpSettings configured;
    private final SysConfigValues sysConfig;

    /**
     * @param configured the port's configuration: its tenant for calls that name none, and the
     *                   values of every key a tenant's AD_SysConfig does not set
     */
    TenantSettings(ErpSettings configured, SysConfigValues sysConfig) {
        this.configured = configured;
        this.sysConfig = sysConfig;
    }

    /** The configured tenant's settings as configured, without AD_SysConfig: for calls outside a transaction. */
    ErpSettings configured() {
        return configured;
    }

    /** The settings of tenant {@code clientId}. */
    ErpSettings of(int clientId) {
        ErpContext base = configured.context();
        ErpContext context;
        try {
            context = new ErpContext(clientId, sysConfig.intValue(ORG, base.orgId(), clientId),
                    sysConfig.intValue(USER, base.userId(), clientId), sysConfig.intValue(ROLE, base.roleId(), clientId),
                    sysConfig.value(LANGUAGE, base.language(), clientId));
        } catch (IllegalArgumentException e) {
            throw new ErpException("The Catura settings of tenant " + clientId
                    + " in AD_SysConfig (" + ORG + ", " + USER + ", " + ROLE + ") are not usable: " + e.getMessage()
                    + "; correct them in the System Configurator window", e);
        }
        return new ErpSettings(context, sysConfig.intValue(ORDER_DOCTYPE, configured.orderDocTypeId(), clientId),
                sysConfig.intValue(BANK_ACCOUNT, configured.bankAccountId(), clientId),
                sysConfig.value(TENDER_TYPE, configured.tenderType(), clientId), configured.stock());
    }
}
