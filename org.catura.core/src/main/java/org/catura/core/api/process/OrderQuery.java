package org.catura.core.api.process;

import java.time.Instant;

/**
 * A search over the orders, newest first: every filter null is no filter. {@code text} is found
 * anywhere in the external id, case-insensitively; {@code receivedFrom} is inclusive,
 * {@code receivedBefore} exclusive; {@code afterOrderId} keeps only orders handed in after that
 * one. {@code offset} and {@code limit} page through the result.
 */
public record OrderQuery(OrderState state, String channel, Instant receivedFrom, Instant receivedBefore,
        String text, Long afterOrderId, int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public OrderQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A search pages with offset >= 0 and 1 <= limit <= " + MAX_LIMIT
                    + ", was offset " + offset + ", limit " + limit);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        channel = channel == null || channel.isBlank() ? null : channel.strip();
    }

    /** Every order, the first 50. */
    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, 0, 50);
    }

    public OrderQuery inState(OrderState s) {
        return new OrderQuery(s, channel, receivedFrom, receivedBefore, text, afterOrderId, offset, limit);
    }

    public OrderQuery ofChannel(String c) {
        return new OrderQuery(state, c, receivedFrom, receivedBefore, text, afterOrderId, offset, limit);
    }

    public OrderQuery receivedBetween(Instant from, Instant before) {
        return new OrderQuery(state, channel, from, before, text, afterOrderId, offset, limit);
    }

    public OrderQuery containing(String t) {
        return new OrderQuery(state, channel, receivedFrom, receivedBefore, t, afterOrderId, offset, limit);
    }

    public OrderQuery after(Long orderId) {
        return new OrderQuery(state, channel, receivedFrom, receivedBefore, text, orderId, offset, limit);
    }

    public OrderQuery page(int newOffset, int newLimit) {
        return new OrderQuery(state, channel, receivedFrom, receivedBefore, text, afterOrderId, newOffset, newLimit);
    }
}
