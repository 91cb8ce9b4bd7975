package org.catura.amazon.plugin.internal.client;

import org.catura.amazon.plugin.spapi.model.Order;

/**
 * One order as it came over the wire: its raw JSON (stored as received) and the parsed model, or,
 * when the order could not be read, why. A malformed order never hides the others of its page.
 */
public record FetchedOrder(String orderId, String rawJson, Order order, String problem) {

    public boolean readable() {
        return order != null;
    }
}
