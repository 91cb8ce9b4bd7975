package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;

/**
 * A sales order to create in status DR. {@code poReference} carries the marketplace order id;
 * {@code taxIncluded} says whether line prices are gross (as on the EU marketplaces).
 */
public record SalesOrderDraft(int bpartnerId, int shipLocationId, int billLocationId, int contactId,
        int warehouseId, String poReference, String currency, boolean taxIncluded, LocalDate dateOrdered,
        String description, List<OrderLineDraft> lines) {

    public SalesOrderDraft {
        lines = List.copyOf(lines);
    }
}
