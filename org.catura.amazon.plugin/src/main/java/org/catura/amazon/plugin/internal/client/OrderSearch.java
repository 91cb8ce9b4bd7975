package org.catura.amazon.plugin.internal.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.catura.amazon.plugin.spapi.model.FulfillmentStatus;
import org.catura.amazon.plugin.spapi.model.IncludedData;

/**
 * One searchOrders request. Amazon wants exactly one of {@code createdAfter} and
 * {@code lastUpdatedAfter}; a {@code ...Before} bound must lie two minutes in the past.
 */
public record OrderSearch(Instant createdAfter, Instant createdBefore, Instant lastUpdatedAfter,
        Instant lastUpdatedBefore, List<String> marketplaceIds, List<FulfillmentStatus> fulfillmentStatuses,
        List<IncludedData> includedData, Integer maxResultsPerPage, String paginationToken) {

    /** The datasets the import needs: buyer, recipient, money, cancellations, fulfilment and tax data. */
    public static final List<IncludedData> IMPORT_DATA = List.of(IncludedData.BUYER, IncludedData.RECIPIENT,
            IncludedData.PROCEEDS, IncludedData.PROMOTION, IncludedData.CANCELLATION, IncludedData.FULFILLMENT,
            IncludedData.TAX);

    public OrderSearch {
        if ((createdAfter == null) == (lastUpdatedAfter == null)) {
            throw new IllegalArgumentException("searchOrders needs exactly one of createdAfter and lastUpdatedAfter");
        }
        marketplaceIds = List.copyOf(Objects.requireNonNullElse(marketplaceIds, List.of()));
        fulfillmentStatuses = List.copyOf(Objects.requireNonNullElse(fulfillmentStatuses, List.of()));
        includedData = List.copyOf(Objects.requireNonNullElse(includedData, List.of()));
        if (maxResultsPerPage != null && (maxResultsPerPage < 1 || maxResultsPerPage > 100)) {
            throw new IllegalArgumentException("maxResultsPerPage must be 1..100, got " + maxResultsPerPage);
        }
    }

    /** Orders changed in a window, with the import's datasets and full pages. */
    public static OrderSearch updatedBetween(Instant after, Instant before, List<String> marketplaceIds) {
        return new OrderSearch(null, null, after, before, marketplaceIds, List.of(), IMPORT_DATA, 100, null);
    }

    /** The same search, asking for the page behind {@code token}. */
    public OrderSearch nextPage(String token) {
        return new OrderSearch(createdAfter, createdBefore, lastUpdatedAfter, lastUpdatedBefore, marketplaceIds,
                fulfillmentStatuses, includedData, maxResultsPerPage, token);
    }

    public OrderSearch withMaxResultsPerPage(int max) {
        return new OrderSearch(createdAfter, createdBefore, lastUpdatedAfter, lastUpdatedBefore, marketplaceIds,
                fulfillmentStatuses, includedData, max, paginationToken);
    }
}
