package org.catura.webui.internal.auth;

import java.time.Duration;

/**
 * How logins behave. {@code maxFailedLogins} wrong passwords in a row lock the login for
 * {@code lockFor}; a session ends after {@code sessionIdle} without a request.
 * {@code secureCookie} adds the Secure flag (set it when the UI is served over HTTPS).
 * At most {@code attemptsPerAddress} sign-in attempts from one address within {@code addressWindow},
 * and {@code attemptsOverall} from all addresses within {@code overallWindow}, are checked at all:
 * the lock alone stops guessing one login's password, not trying one password on every login.
 */
public record AuthSettings(Duration sessionIdle, int maxFailedLogins, Duration lockFor, boolean secureCookie,
        int bcryptCost, int attemptsPerAddress, Duration addressWindow, int attemptsOverall,
        Duration overallWindow) {

    public static final int ATTEMPTS_PER_ADDRESS = 10;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
    public static final int ATTEMPTS_OVERALL = 100;
    public static final Duration OVERALL_WINDOW = Duration.ofMinutes(1);

    public AuthSettings {
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("The session idle time must be positive, was " + sessionIdle);
        }
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("maxFailedLogins must be at least 1, was " + maxFailedLogins);
        }
        if (attemptsPerAddress < 1 || attemptsOverall < 1) {
            throw new IllegalArgumentException("The sign-in attempt limits must be at least 1, were "
                    + attemptsPerAddress + " per address and " + attemptsOverall + " overall");
        }
        if (addressWindow.isNegative() || addressWindow.isZero() || overallWindow.isNegative()
                || overallWindow.isZero()) {
            throw new IllegalArgumentException("The sign-in attempt windows must be positive, were " + addressWindow
                    + " and " + overallWindow);
        }
    }

    /** With the default limits on sign-in attempts. */
    public AuthSettings(Duration sessionIdle, int maxFailedLogins, Duration lockFor, boolean secureCookie,
            int bcryptCost) {
        this(sessionIdle, maxFailedLogins, lockFor, secureCookie, bcryptCost, ATTEMPTS_PER_ADDRESS, ADDRESS_WINDOW,
                ATTEMPTS_OVERALL, OVERALL_WINDOW);
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofHours(8), 5, Duration.ofMinutes(5), false, 12);
    }
}
