package org.catura.erp.adempiere.mapping;

import java.util.Properties;

/**
 * The ERP context (ctx) our background work runs in: which client, organisation and user the
 * documents belong to. Built fresh per unit of work, because ERP code writes into its ctx.
 */
public record ErpContext(int clientId, int orgId, int userId, int roleId, String language) {

    public ErpContext {
        if (clientId <= 0) {
            throw new IllegalArgumentException("AD_Client_ID must be a tenant (> 0), was " + clientId
                    + "; set clientId in configuration " + "org.catura.erp.adempiere");
        }
        if (orgId < 0 || userId < 0 || roleId < 0) {
            throw new IllegalArgumentException("AD_Org_ID, AD_User_ID and AD_Role_ID cannot be negative");
        }
        if (language == null || language.isBlank()) {
            language = "en_US";
        }
    }

    /** The keys are those of org.compiere.util.Env (#AD_Client_ID …), read by Env.getAD_Client_ID(ctx) etc. */
    public Properties toProperties() {
        Properties ctx = new Properties();
        ctx.setProperty("#AD_Client_ID", Integer.toString(clientId));
        ctx.setProperty("#AD_Org_ID", Integer.toString(orgId));
        ctx.setProperty("#AD_User_ID", Integer.toString(userId));
        ctx.setProperty("#AD_Role_ID", Integer.toString(roleId));
        ctx.setProperty("#AD_Language", language);
        ctx.setProperty("#SalesRep_ID", Integer.toString(userId));
        return ctx;
    }
}
