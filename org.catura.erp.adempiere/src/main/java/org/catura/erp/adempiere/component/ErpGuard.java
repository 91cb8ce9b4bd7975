package org.catura.erp.adempiere.component;

import org.compiere.util.DB;
import org.slf4j.Logger;

/** Refuses activation outside a running ERP, so nothing half-works against a missing database. */
final class ErpGuard {

    private ErpGuard() {
    }

    static void requireConnectedErp(Logger log, String component) {
        boolean connected;
        try {
            connected = DB.isConnected();
        } catch (RuntimeException | LinkageError e) {
            connected = false;
        }
        if (!connected) {
            String message = component + " not started: the ADempiere/iDempiere database is not connected"
                    + " (DB.isConnected() is false); this bundle only works inside a running ERP server";
            log.error(message);
            throw new IllegalStateException(message);
        }
    }
}
