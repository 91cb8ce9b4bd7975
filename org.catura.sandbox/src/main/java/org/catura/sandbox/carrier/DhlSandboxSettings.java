package org.catura.sandbox.carrier;

import java.time.Duration;
import java.util.Objects;

/**
 * How the DHL sandbox is reached and how it misbehaves.
 *
 * @param port           0: any free port
 * @param apiKey         the expected {@code dhl-api-key} header
 * @param user           the GKP user of the HTTP Basic login
 * @param password       its password
 * @param seed           the seed of the shipment numbers and of the drawn faults
 * @param lateShare      share of requests (0..1) answered only after {@code lateBy}
 * @param malformedShare share of requests answered 200 with a body cut off halfway
 * @param throttleShare  share of requests answered 429, nothing created
 * @param lateBy         how late a late answer comes
 */
public record DhlSandboxSettings(int port, String apiKey, String user, String password, long seed,
        double lateShare, double malformedShare, double throttleShare, Duration lateBy) {

    public DhlSandboxSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(lateBy, "lateBy");
        if (lateShare < 0 || malformedShare < 0 || throttleShare < 0 || lateShare + malformedShare + throttleShare > 1) {
            throw new IllegalArgumentException("The fault shares must be between 0 and 1 and add up to at most 1");
        }
    }

    /** Any free port, the sandbox's own credentials, no faults. */
    public static DhlSandboxSettings defaults() {
        return new DhlSandboxSettings(0, "sandbox-dhl-api-key", "sandbox-gkp-user", "sandbox-gkp-password", 1L, 0, 0,
                0, Duration.ofSeconds(5));
    }

    /** Faults drawn per request from {@code seed}: the same seed, the same faults for the same sequence of requests. */
    public DhlSandboxSettings withFaults(long seed, double late, double malformed, double throttle) {
        return new DhlSandboxSettings(port, apiKey, user, password, seed, late, malformed, throttle, lateBy);
    }

    public DhlSandboxSettings withLateBy(Duration delay) {
        return new DhlSandboxSettings(port, apiKey, user, password, seed, lateShare, malformedShare, throttleShare,
                delay);
    }

    public DhlSandboxSettings withCredentials(String key, String gkpUser, String gkpPassword) {
        return new DhlSandboxSettings(port, key, gkpUser, gkpPassword, seed, lateShare, malformedShare, throttleShare,
                lateBy);
    }

    public DhlSandboxSettings withPort(int listenOn) {
        return new DhlSandboxSettings(listenOn, apiKey, user, password, seed, lateShare, malformedShare, throttleShare,
                lateBy);
    }
}
