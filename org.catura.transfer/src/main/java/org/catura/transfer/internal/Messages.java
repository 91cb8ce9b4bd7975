package org.catura.transfer.internal;

import org.catura.transfer.api.Endpoint;

/**
 * Messages of libraries and servers, made fit for the outbox's last error and the log: the
 * endpoint's secret and header values never pass, whatever a server echoed back.
 */
final class Messages {

    private Messages() {
    }

    /** The exception's message (or its type when it has none), secrets masked. */
    static String of(Throwable e, Endpoint endpoint) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage();
        return mask(message, endpoint);
    }

    static String mask(String text, Endpoint endpoint) {
        String masked = text;
        if (!endpoint.secret().isEmpty()) {
            masked = masked.replace(endpoint.secret(), "****");
        }
        for (String value : endpoint.headers().values()) {
            if (value.length() >= 4) {
                masked = masked.replace(value, "****");
            }
        }
        return masked;
    }

    /** The cause to chain, or null when any message in its chain carries a secret. */
    static Throwable safeCause(Throwable e, Endpoint endpoint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !mask(m, endpoint).equals(m)) {
                return null;
            }
        }
        return e;
    }
}
