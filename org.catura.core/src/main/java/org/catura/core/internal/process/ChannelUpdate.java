package org.catura.core.internal.process;

import java.util.EnumSet;
import java.util.Set;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.UpdateResult;

/**
 * What a newer version of an order from its channel means for its process: pure rules on the
 * stored order, the new one and the state it is in. {@code next} null: the state stays;
 * {@code issue} non-null: the order goes to a person with that issue.
 */
public record ChannelUpdate(UpdateResult result, OrderState next, IssueCode issue, String why) {

    /** With the carrier or beyond: cancelling needs a person. */
    private static final Set<OrderState> SHIPPED_STATES = EnumSet.of(OrderState.TRANSMITTED, OrderState.SHIPPED,
            OrderState.SHIPMENT_CONFIRMED, OrderState.INVOICED);
    /** Released but not yet with the carrier: a buyer's cancellation request stops it for a person. */
    private static final Set<OrderState> AFTER_RELEASE = EnumSet.of(OrderState.RELEASED,
            OrderState.SHIPMENT_CREATED, OrderState.CARRIER_CHOSEN);

    public static ChannelUpdate decide(ImportedOrder old, ImportedOrder order, OrderState state) {
        if (old.equals(order) || (old.lastUpdatedAt() != null && order.lastUpdatedAt() != null
                && order.lastUpdatedAt().isBefore(old.lastUpdatedAt()))) {
            return new ChannelUpdate(UpdateResult.UNCHANGED, null, null, null);
        }
        if (order.status() == ChannelOrderStatus.CANCELLED && old.status() != ChannelOrderStatus.CANCELLED
                && !state.isTerminal()) {
            if (SHIPPED_STATES.contains(state)) {
                return new ChannelUpdate(UpdateResult.CANCELLED_AFTER_SHIPPING, OrderState.MANUAL_QUEUE,
                        IssueCode.CANCELLED_AFTER_SHIPPING,
                        order.channel() + " cancelled the order after it went to the carrier: decide by hand");
            }
            return new ChannelUpdate(UpdateResult.CANCELLED, OrderState.CANCELLING, null,
                    order.channel() + " cancelled the order" + reason(order));
        }
        if (state == OrderState.WAITING_AT_CHANNEL && order.status() != ChannelOrderStatus.PENDING
                && order.status() != ChannelOrderStatus.CANCELLED) {
            return new ChannelUpdate(UpdateResult.RELEASED_FROM_WAITING, OrderState.RECEIVED, null,
                    "Payable now (" + order.status().name().toLowerCase() + ")");
        }
        if (order.has(OrderFlag.CANCELLATION_REQUESTED) && !old.has(OrderFlag.CANCELLATION_REQUESTED)
                && AFTER_RELEASE.contains(state)) {
            return new ChannelUpdate(UpdateResult.CANCELLATION_REQUESTED, OrderState.MANUAL_QUEUE,
                    IssueCode.CANCELLATION_REQUESTED, "The buyer asked to cancel after release" + reason(order));
        }
        return new ChannelUpdate(UpdateResult.UPDATED, null, null,
                "Updated by " + order.channel() + ": " + order.status().name().toLowerCase());
    }

    private static String reason(ImportedOrder order) {
        return order.cancellationReason() == null ? "" : ": " + order.cancellationReason();
    }
}
