package org.catura.webui.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sliding windows over sign-in attempts: so many per address, so many from everyone. The lock on a
 * login stops guessing one password; these stop trying one password on many logins, and keep a
 * flood of attempts from spending every core on bcrypt. Only admitted attempts are remembered, so
 * hammering while refused does not prolong the wait, and the memory stays bounded by the global
 * limit. Per node: each node of a cluster counts its own attempts.
 */
public final class SignInLimits {

    private final int perAddress;
    private final Duration addressWindow;
    private final int overall;
    private final Duration overallWindow;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Deque<Instant> everyone = new ArrayDeque<>();

    public SignInLimits(int perAddress, Duration addressWindow, int overall, Duration overallWindow, Clock clock) {
        this.perAddress = perAddress;
        this.addressWindow = addressWindow;
        this.overall = overall;
        this.overallWindow = overallWindow;
        this.clock = clock;
    }

    public SignInLimits(AuthSettings settings) {
        this(settings.attemptsPerAddress(), settings.addressWindow(), settings.attemptsOverall(),
                settings.overallWindow(), Clock.systemUTC());
    }

    /**
     * Counts an attempt from {@code address}, or refuses it: then returns how long until the
     * oldest attempt in the full window leaves it.
     */
    public synchronized Optional<Duration> admit(String address) {
        Instant now = clock.instant();
        drop(everyone, now.minus(overallWindow));
        byAddress.values().removeIf(attempts -> drop(attempts, now.minus(addressWindow)));
        Deque<Instant> mine = byAddress.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        Duration wait = Duration.ZERO;
        if (everyone.size() >= overall) {
            wait = Duration.between(now, everyone.peekFirst().plus(overallWindow));
        }
        if (mine.size() >= perAddress) {
            Duration own = Duration.between(now, mine.peekFirst().plus(addressWindow));
            wait = own.compareTo(wait) > 0 ? own : wait;
        }
        if (!wait.isZero() && !wait.isNegative()) {
            if (mine.isEmpty()) {
                byAddress.remove(address == null ? "" : address);
            }
            return Optional.of(wait);
        }
        mine.addLast(now);
        everyone.addLast(now);
        return Optional.empty();
    }

    /** Drops the attempts before {@code since}; true when none is left. */
    private static boolean drop(Deque<Instant> attempts, Instant since) {
        while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(since)) {
            attempts.removeFirst();
        }
        return attempts.isEmpty();
    }
}
