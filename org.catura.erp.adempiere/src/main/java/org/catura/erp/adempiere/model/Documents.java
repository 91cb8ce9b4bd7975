package org.catura.erp.adempiere.model;

import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.ErpException;
import org.catura.erp.adempiere.mapping.DocumentCodes;
import org.compiere.model.PO;

/** Runs document actions the ERP's way: processIt, then saveEx; a refusal carries the ERP's ProcessMsg, translated. */
final class Documents {

    private Documents() {
    }

    static <T extends PO & org.compiere.process.DocAction> T process(T doc, String what, DocAction action) {
        String label = what + " " + doc.getDocumentNo();
        try {
            DocumentCodes.checkAllowed(label, doc.getDocStatus(), action);
        } catch (IllegalArgumentException e) {
            throw new ErpException(label + ": " + e.getMessage(), e);
        }
        boolean done;
        try {
            done = doc.processIt(DocumentCodes.erpAction(action));
        } catch (DocActionException e) {
            throw e;
        } catch (Exception e) {
            throw new ErpException(label + ": " + action.name().toLowerCase() + " failed: " + e.getMessage(), e);
        }
        if (!done) {
            throw DocumentCodes.refused(label, action, ProcessMessages.forPerson(doc.getCtx(), doc.getProcessMsg()));
        }
        Session.save(doc, label);
        return doc;
    }
}
