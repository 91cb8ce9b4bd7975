package org.catura.ticket.api;

import org.catura.core.api.process.ProcessMovedException;

/**
 * A clerk's decision refused because the order is no longer where the desk showed it: the channel
 * (a cancellation, say) or someone else moved it meanwhile. Nothing was changed; the message says
 * who moved it, when and why.
 */
public class OrderMovedException extends TicketException {

    private final transient ProcessMovedException moved;

    public OrderMovedException(ProcessMovedException moved) {
        super(moved.getMessage(), moved);
        this.moved = moved;
    }

    public ProcessMovedException moved() {
        return moved;
    }
}
