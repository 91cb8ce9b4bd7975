package org.catura.amazon.plugin.internal.client;

import java.time.Instant;
import java.util.List;

/**
 * One page of searchOrders.
 *
 * @param nextToken         token for the next page, null on the last one
 * @param lastUpdatedBefore the upper bound Amazon applied, when it reported one (the next window starts there)
 */
public record OrdersPage(List<FetchedOrder> orders, String nextToken, Instant lastUpdatedBefore,
        Instant createdBefore) {

    public OrdersPage {
        orders = List.copyOf(orders);
    }

    public boolean hasNext() {
        return nextToken != null && !nextToken.isBlank();
    }
}
