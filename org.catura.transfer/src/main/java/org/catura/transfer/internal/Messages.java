package org.catura.transfer.internal;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import org.catura.transfer.api.Endpoint;

/**
 * Messages of libraries and servers, made fit for the outbox's last error and the log: the
 * endpoint's secret and header values never pass, whatever a server echoed back. Values shorter
 * than four characters are not masked: they would garble every message and protect nothing.
 */
final class Messages {

    private static final int SHORTEST_MASKED = 4;

    private Messages() {
    }

    /**
     * What went wrong, in the words closest to the cause: the network's own message when the
     * network failed (libraries wrap it in their future's or session's text), else the message.
     */
    static String of(Throwable e, Endpoint endpoint) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Throwable shown = e;
        if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
            return "host " + endpoint.host() + " not found";
        }
        if (root instanceof SocketException || root instanceof SocketTimeoutException) {
            shown = root;
        }
        String message = shown.getMessage() == null || shown.getMessage().isBlank()
                ? shown.getClass().getSimpleName() : shown.getMessage();
        return mask(message, endpoint);
    }

    static String mask(String text, Endpoint endpoint) {
        String masked = text;
        if (endpoint.secret().length() >= SHORTEST_MASKED) {
            masked = masked.replace(endpoint.secret(), "****");
        }
        for (String value : endpoint.headers().values()) {
            if (value.length() >= SHORTEST_MASKED) {
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
