package org.catura.core.api.process;

/**
 * One move of an order's process: from one state to another, or into or out of parking at the
 * same state. {@code from} is null for the hand-in; {@code by} is the station, the person or
 * {@code hand-in} / {@code channel-update}; {@code message} is the timeline line written with it.
 */
public record Transition(long orderId, String channel, OrderState from, boolean wasParked, OrderState to,
        boolean parked, String by, String message) {

    /** Whether the order waited for a person before this move. */
    public boolean waitedBefore() {
        return from != null && WaitingOrder.waits(from, wasParked);
    }

    /** Whether the order waits for a person after this move. */
    public boolean waitsAfter() {
        return WaitingOrder.waits(to, parked);
    }
}
