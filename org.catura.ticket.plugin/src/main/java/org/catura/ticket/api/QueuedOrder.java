package org.catura.ticket.api;

import java.time.Instant;
import java.util.List;
import org.catura.core.api.process.OrderState;

/**
 * An order waiting for a person: in the manual queue (a release decision parked it) or parked
 * after a station failed as often as allowed ({@code parked}). {@code reasons} lists the open
 * issues, {@code message} the timeline line that put it here (or the last error);
 * {@code continueAt} is where {@link ManualQueue#backToAutomation} sends it. {@code holder} is
 * the clerk who claimed it (null: free); {@code ticketId} its open ticket (null: not yet opened).
 * {@code salesOrderId} and {@code bpartnerId} are the ERP documents, null when not yet created.
 */
public record QueuedOrder(long orderId, String channel, String externalId, OrderState state, boolean parked,
        Instant queuedAt, List<String> reasons, String message, OrderState continueAt, String holder,
        Instant claimedAt, Long ticketId, Integer bpartnerId, Integer salesOrderId) {

    public QueuedOrder {
        reasons = List.copyOf(reasons);
    }

    public boolean claimed() {
        return holder != null;
    }
}
