package org.catura.amazon.plugin.internal.imports;

import java.time.Instant;
import java.util.List;
import org.catura.amazon.plugin.internal.client.OrderSearch;
import org.catura.amazon.plugin.internal.client.OrdersPage;
import org.catura.amazon.plugin.internal.client.SpApiClient;
import org.catura.amazon.plugin.internal.client.SpApiException;

/**
 * Walks the searchOrders pages of one lastUpdatedTime window: the first from the window's start or
 * from a saved page token, each further one from the token of the page before, until Amazon sends
 * none. A page reaches the receiver before the next is asked for, so the receiver can commit its
 * orders together with the token they lead to; a run killed in between resumes from that token.
 */
final class OrderPages {

    /** Takes the pages of a walk, in order. */
    interface Receiver {

        /** Stores the page's orders (and where the walk goes on) before it returns. */
        void page(OrdersPage page);

        /**
         * Amazon refused the saved token as expired (it keeps them 24 h): true to forget it and read
         * the window again from its start, false to end the walk with Amazon's error.
         */
        default boolean tokenExpired() {
            return false;
        }
    }

    private final SpApiClient client;
    private final int pageSize;

    OrderPages(SpApiClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    /** @param token the page to start from; null: the window's first page */
    void walk(Instant from, Instant to, List<String> marketplaceIds, String token, Receiver receiver) {
        OrderSearch first = OrderSearch.updatedBetween(from, to, marketplaceIds).withMaxResultsPerPage(pageSize);
        String next = token;
        boolean restarted = false;
        while (true) {
            OrdersPage page;
            try {
                page = client.searchOrders(next == null ? first : first.nextPage(next));
            } catch (SpApiException e) {
                if (next != null && !restarted && expired(e) && receiver.tokenExpired()) {
                    next = null;
                    restarted = true;
                    continue;
                }
                throw e;
            }
            receiver.page(page);
            if (!page.hasNext()) {
                return;
            }
            next = page.nextToken();
        }
    }

    private static boolean expired(SpApiException e) {
        return e.status() == 400 && String.valueOf(e.getMessage()).contains("paginationToken");
    }
}
