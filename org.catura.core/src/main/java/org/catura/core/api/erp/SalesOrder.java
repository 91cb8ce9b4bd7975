package org.catura.core.api.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** C_Order (sales), with lines and taxes as the ERP computed them. */
public record SalesOrder(int id, String documentNo, DocStatus status, int bpartnerId, int shipLocationId,
        int billLocationId, int contactId, int warehouseId, String poReference, String currency,
        boolean taxIncluded, LocalDate dateOrdered, BigDecimal totalLines, BigDecimal grandTotal,
        List<TaxAmount> taxes, List<OrderLine> lines) {

    public SalesOrder {
        taxes = List.copyOf(taxes);
        lines = List.copyOf(lines);
    }
}
