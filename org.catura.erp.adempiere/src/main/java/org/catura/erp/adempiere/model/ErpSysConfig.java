package org.catura.erp.adempiere.model;

import org.compiere.model.MSysConfig;

/** {@link SysConfigValues} from the ERP's AD_SysConfig, through its cache (MSysConfig). */
final class ErpSysConfig implements SysConfigValues {

    @Override
    public int intValue(String name, int fallback, int clientId) {
        return MSysConfig.getIntValue(name, fallback, clientId);
    }

    @Override
    public String value(String name, String fallback, int clientId) {
        String value = MSysConfig.getValue(name, fallback, clientId);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
