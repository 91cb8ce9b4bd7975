package org.catura.core.api.process;

import java.time.Duration;
import java.util.Objects;

/** What a station decided for one order. */
public sealed interface StationResult {

    /** Moves the order on to {@code next}. */
    record Advance(OrderState next, String message) implements StationResult {
        public Advance {
            Objects.requireNonNull(next, "next");
        }
    }

    /** Leaves the order where it is and tries again after {@code delay}, without counting an error. */
    record Wait(Duration delay, String message) implements StationResult {
    }

    static StationResult advance(OrderState next, String message) {
        return new Advance(next, message);
    }

    static StationResult waitFor(Duration delay, String message) {
        return new Wait(delay, message);
    }
}
