package org.compiere.util;

/**
 * Stand-in for iDempiere's DB: the database is closed, as on a server before
 * {@code Adempiere.startup()} has run.
 */
public final class DB {

    private DB() {
    }

    /** iDempiere's signature; closed until the server has started. */
    public static boolean isConnected() {
        return false;
    }
}
