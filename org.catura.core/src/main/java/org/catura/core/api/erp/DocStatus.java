package org.catura.core.api.erp;

/** Document status as iDempiere stores it in DocStatus. */
public enum DocStatus {
    DRAFTED("DR"),
    IN_PROGRESS("IP"),
    COMPLETED("CO"),
    CLOSED("CL"),
    VOIDED("VO");

    private final String code;

    DocStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Lines and header may still be changed. */
    public boolean isEditable() {
        return this == DRAFTED || this == IN_PROGRESS;
    }

    public static DocStatus ofCode(String code) {
        for (DocStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown DocStatus '" + code + "'");
    }
}
