package org.catura.erp.adempiere.component;

import org.compiere.model.MSysConfig;
import org.compiere.util.DB;

/** Whether the ERP's database is open: only after Adempiere.startup() inside a running server. */
final class ErpDatabase {

    private ErpDatabase() {
    }

    static boolean isOpen() {
        try {
            return DB.isConnected();
        } catch (RuntimeException | LinkageError e) {
            // Outside a configured ERP (no connection settings, no ERP classes) DB throws.
            return false;
        }
    }

    /** System's AD_SysConfig {@value NodeTenant#SYSCONFIG}; 0 when not set. Only once the database is open. */
    static int sysConfigTenant() {
        return MSysConfig.getIntValue(NodeTenant.SYSCONFIG, 0, 0);
    }
}
