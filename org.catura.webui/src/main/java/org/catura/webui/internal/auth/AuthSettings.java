package org.catura.webui.internal.auth;

import java.time.Duration;

/**
 * How logins behave. {@code maxFailedLogins} wrong passwords in a row lock the login for
 * {@code lockFor}; a session ends after {@code sessionIdle} without a request.
 * {@code secureCookie} adds the Secure flag (set it when the UI is served over HTTPS).
 */
public record AuthSettings(Duration sessionIdle, int maxFailedLogins, Duration lockFor, boolean secureCookie,
        int bcryptCost) {

    public AuthSettings {
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("The session idle time must be positive, was " + sessionIdle);
        }
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("maxFailedLogins must be at least 1, was " + maxFailedLogins);
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofHours(8), 5, Duration.ofMinutes(5), false, 12);
    }
}
