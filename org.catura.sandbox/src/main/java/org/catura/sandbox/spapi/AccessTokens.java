package org.catura.sandbox.spapi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** LWA on the sandbox side: issues access tokens for the right credentials and checks them. */
final class AccessTokens {

    enum Check { VALID, UNKNOWN, EXPIRED }

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private volatile Duration lifetime;

    AccessTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "Atza|" + HexFormat.of().formatHex(bytes);
        expiries.put(token, clock.instant().plus(lifetime));
        return token;
    }

    long lifetimeSeconds() {
        return Math.max(1, lifetime.toSeconds());
    }

    void setLifetime(Duration newLifetime) {
        lifetime = newLifetime;
    }

    Check check(String token) {
        if (token == null) {
            return Check.UNKNOWN;
        }
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return Check.UNKNOWN;
        }
        return clock.instant().isBefore(expiry) ? Check.VALID : Check.EXPIRED;
    }

    /** Makes every token issued so far expired, as if an hour had passed. */
    void expireAll() {
        Instant past = clock.instant().minusSeconds(1);
        expiries.replaceAll((token, expiry) -> past);
    }
}
