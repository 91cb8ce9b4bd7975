package org.catura.core.internal.release;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.catura.core.api.release.ReleaseRule;

/**
 * The rule set as decisions read it: every order is decided on the rules, and they change
 * only when a person edits them. A snapshot is kept for at most {@link #MAX_AGE}, so a change
 * made through another instance or on another node decides orders a second later at most;
 * reading the few rows again is the check, as cheap as reading a version number would be.
 * The instance a change goes through drops its snapshot at once and again after the commit.
 */
final class RuleSnapshot {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private long generation;
    private List<ReleaseRule> rules;
    private long readAt;

    RuleSnapshot() {
        this(MAX_AGE, System::nanoTime);
    }

    RuleSnapshot(Duration maxAge, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The snapshot while it is young enough, else what {@code read} gives (then kept). */
    List<ReleaseRule> rules(Supplier<List<ReleaseRule>> read) {
        long readInGeneration;
        synchronized (this) {
            if (rules != null && nanoTime.getAsLong() - readAt < maxAgeNanos) {
                return rules;
            }
            readInGeneration = generation;
        }
        long at = nanoTime.getAsLong();
        List<ReleaseRule> fresh = List.copyOf(read.get());
        synchronized (this) {
            // Rules read while a change was being made may be outdated already: used once, not kept.
            if (generation == readInGeneration) {
                rules = fresh;
                readAt = at;
            }
        }
        return fresh;
    }

    synchronized void drop() {
        generation++;
        rules = null;
    }
}
