package org.catura.erp.adempiere.mapping;

import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;

/**
 * Translates between the ERP's DocStatus / DocAction codes and the port's enums. The ERP knows
 * more statuses than the port; each is folded into the port status with the same meaning for
 * the plugins (can it still be edited, is it final).
 */
public final class DocumentCodes {

    private DocumentCodes() {
    }

    /** The port status for an ERP DocStatus code. */
    public static DocStatus status(String erpCode) {
        if (erpCode == null) {
            throw new IllegalArgumentException("Document has no DocStatus");
        }
        return switch (erpCode) {
            // "??" is the ERP's Unknown: a document never processed, i.e. still a draft.
            case "DR", "??" -> DocStatus.DRAFTED;
            // Invalid, approved, not approved and waiting states are all still editable.
            case "IP", "IN", "AP", "NA", "WC", "WP" -> DocStatus.IN_PROGRESS;
            case "CO" -> DocStatus.COMPLETED;
            case "CL" -> DocStatus.CLOSED;
            // A reversed document is as final as a voided one.
            case "VO", "RE" -> DocStatus.VOIDED;
            default -> throw new IllegalArgumentException("Unknown ERP DocStatus '" + erpCode + "'");
        };
    }

    /** The ERP's action code (DocAction.ACTION_*) for a port action; iDempiere uses the same codes. */
    public static String erpAction(DocAction action) {
        return switch (action) {
            case PREPARE -> "PR";
            case COMPLETE -> "CO";
            case CLOSE -> "CL";
            case VOID -> "VO";
            case REACTIVATE -> "RE";
        };
    }

    /** Refuses the action up front, with the same preconditions as the embedded ERP. */
    public static void checkAllowed(String document, String erpStatus, DocAction action) {
        action.checkAllowed(document, status(erpStatus));
    }

    /** The error for a document action the ERP refused (processIt returned false). */
    public static DocActionException refused(String document, DocAction action, String processMsg) {
        String reason = processMsg == null || processMsg.isBlank() ? "the ERP gave no reason" : processMsg.trim();
        return new DocActionException(document + ": the ERP refused to " + action.name().toLowerCase() + ": "
                + reason);
    }
}
