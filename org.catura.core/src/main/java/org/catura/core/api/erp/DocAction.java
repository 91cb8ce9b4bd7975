package org.catura.core.api.erp;

/** Document actions as iDempiere names them in DocAction, with the statuses they start from. */
public enum DocAction {
    PREPARE("PR"),
    COMPLETE("CO"),
    CLOSE("CL"),
    VOID("VO"),
    REACTIVATE("RE");

    private final String code;

    DocAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status a document has after this action succeeds. */
    public DocStatus target() {
        return switch (this) {
            case PREPARE, REACTIVATE -> DocStatus.IN_PROGRESS;
            case COMPLETE -> DocStatus.COMPLETED;
            case CLOSE -> DocStatus.CLOSED;
            case VOID -> DocStatus.VOIDED;
        };
    }

    /** Whether this action may be taken on a document in {@code status}. */
    public boolean allowedFrom(DocStatus status) {
        return switch (this) {
            case PREPARE, COMPLETE -> status == DocStatus.DRAFTED || status == DocStatus.IN_PROGRESS;
            case CLOSE, REACTIVATE -> status == DocStatus.COMPLETED;
            case VOID -> status == DocStatus.DRAFTED || status == DocStatus.IN_PROGRESS
                    || status == DocStatus.COMPLETED;
        };
    }

    /** Throws {@link DocActionException} unless this action may be taken from {@code status}. */
    public void checkAllowed(String document, DocStatus status) {
        if (!allowedFrom(status)) {
            throw new DocActionException(document + ": cannot " + name().toLowerCase()
                    + " a document in status " + status.code() + " (" + status.name().toLowerCase() + ")");
        }
    }

    public static DocAction ofCode(String code) {
        for (DocAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown DocAction '" + code + "'");
    }
}
