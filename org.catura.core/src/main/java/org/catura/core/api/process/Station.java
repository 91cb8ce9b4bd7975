package org.catura.core.api.process;

/**
 * One step of the order process. The engine claims orders in {@link #input()} and calls
 * {@link #process} for each in its own transaction; an exception rolls the transaction back
 * and the order is retried with backoff. Anything sent to the outside world goes to the
 * outbox in the same transaction.
 */
public interface Station {

    /** A short stable name, shown on the timeline. */
    String name();

    OrderState input();

    StationResult process(StationContext context) throws Exception;
}
