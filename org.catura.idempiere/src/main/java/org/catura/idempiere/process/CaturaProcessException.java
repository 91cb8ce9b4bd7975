package org.catura.idempiere.process;

/** A Catura process refused or failed; the message (an AD_Message text) says why and what to do. */
public class CaturaProcessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaturaProcessException(String message) {
        super(message);
    }
}
