package org.catura.webui.internal.web;

/** A {@code WebExtension} could not be added; the message names it and what to change. Nothing of it is served. */
public final class ExtensionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtensionRefusedException(String message) {
        super(message);
    }
}
