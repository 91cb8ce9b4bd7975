package org.catura.core.api.channel;

import java.util.List;

/**
 * What trying a channel's connection found, in words a person can act on: whether signing in and
 * one harmless call worked, and if not, what failed and what to do.
 *
 * @param ok      the channel can be reached with its stored credentials
 * @param message one sentence: what worked, or what failed and what to do
 * @param details further lines (e.g. the accounts or marketplaces found); never a secret
 */
public record ConnectionTest(boolean ok, String message, List<String> details) {

    public ConnectionTest {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ConnectionTest passed(String message, List<String> details) {
        return new ConnectionTest(true, message, details);
    }

    public static ConnectionTest failed(String message) {
        return new ConnectionTest(false, message, List.of());
    }
}
