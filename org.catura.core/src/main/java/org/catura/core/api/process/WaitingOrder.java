package org.catura.core.api.process;

import java.time.Instant;
import java.util.List;

/**
 * An order waiting for a person: in the manual queue, or parked after its station failed as often
 * as allowed ({@code parked}). {@code message} is the timeline line that queued it (or the last
 * error of a parked order), {@code since} when that happened, {@code continueAt} where it goes when
 * a person sends it back to automation. The ERP documents are null when not yet created.
 */
public record WaitingOrder(long orderId, String channel, String externalId, OrderState state, boolean parked,
        Instant since, List<OrderIssue> issues, String message, OrderState continueAt, Integer bpartnerId,
        Integer salesOrderId) {

    public WaitingOrder {
        issues = List.copyOf(issues);
    }

    /** Whether an order in {@code state} ({@code parked} or not) waits for a person. */
    public static boolean waits(OrderState state, boolean parked) {
        return state == OrderState.MANUAL_QUEUE || parked;
    }
}
