package org.catura.core.internal.dictionary;

/**
 * The values core writes into the standard columns of its tables in iDempiere's dictionary shape
 * (AD_Client_ID … UpdatedBy), in one place. TIMESTAMP columns (without time zone, as iDempiere's)
 * hold UTC wall time: {@link #UTC_NOW} is the one expression that writes them.
 */
public final class StandardColumns {

    /** 0: the row is for all organisations. */
    public static final int ALL_ORGS = 0;

    /** AD_User_ID of SuperUser: Catura's own users are no AD_Users; their names go to ChangedBy. */
    public static final int SUPER_USER = 100;

    /** SQL for the current instant as UTC wall time, for Created and Updated. */
    public static final String UTC_NOW = "(now() at time zone 'UTC')";

    private StandardColumns() {
    }
}
