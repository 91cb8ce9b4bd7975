package org.catura.erp.adempiere.model;

/**
 * A tenant's values in AD_SysConfig (its own, else System's), as MSysConfig reads them; an
 * interface so that what is built from them can be tested without an ERP database.
 */
interface SysConfigValues {

    /** The value of {@code name} for tenant {@code clientId}; {@code fallback} when set nowhere or empty. */
    int intValue(String name, int fallback, int clientId);

    /** The value of {@code name} for tenant {@code clientId}; {@code fallback} when set nowhere or empty. */
    String value(String name, String fallback, int clientId);
}
