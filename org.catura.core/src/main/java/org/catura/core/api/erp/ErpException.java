package org.catura.core.api.erp;

/** An ERP operation refused or failed; the message says which document and why. */
public class ErpException extends RuntimeException {
    public ErpException(String message) {
        super(message);
    }

    public ErpException(String message, Throwable cause) {
        super(message, cause);
    }
}
