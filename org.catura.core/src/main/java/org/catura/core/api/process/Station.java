package org.catura.core.api.process;

import java.util.Set;

/**
 * One step of the order process. The engine claims orders in {@link #input()} and calls
 * {@link #process} for each in its own transaction; an exception rolls the transaction back
 * and the order is retried with backoff. Anything sent to the outside world goes to the
 * outbox in the same transaction. Several stations may share a state when each names its own
 * {@link #channels()}; one of them may take the rest.
 */
public interface Station {

    /** A short stable name, shown on the timeline. */
    String name();

    OrderState input();

    /**
     * The channels whose orders this station takes at {@link #input()}; empty (the default): every
     * channel no other station at that state names. Each order is claimed by exactly one station:
     * the engine refuses a station whose channels overlap those of another at the same state, and
     * a second station taking the rest. Read once, when the engine adds the station.
     */
    default Set<String> channels() {
        return Set.of();
    }

    StationResult process(StationContext context) throws Exception;
}
