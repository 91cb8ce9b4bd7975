package org.catura.ticket.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A clerk tried to claim, change, send back or cancel an order another clerk holds, or one
 * nobody has claimed yet. {@link #holder()} names who holds it (empty: nobody).
 */
public class ClaimRefusedException extends TicketException {

    private final long orderId;
    private final String holder;
    private final Instant heldSince;

    public ClaimRefusedException(long orderId, String holder, Instant heldSince, String message) {
        super(message);
        this.orderId = orderId;
        this.holder = holder;
        this.heldSince = heldSince;
    }

    public long orderId() {
        return orderId;
    }

    public Optional<String> holder() {
        return Optional.ofNullable(holder);
    }

    public Optional<Instant> heldSince() {
        return Optional.ofNullable(heldSince);
    }
}
