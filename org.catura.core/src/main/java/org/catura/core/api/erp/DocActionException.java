package org.catura.core.api.erp;

/** A document action refused because the document is not in a state that allows it. */
public class DocActionException extends ErpException {
    public DocActionException(String message) {
        super(message);
    }
}
