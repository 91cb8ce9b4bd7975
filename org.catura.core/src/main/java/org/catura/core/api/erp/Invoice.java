package org.catura.core.api.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** C_Invoice (customer invoice) with lines, taxes, and whether it is paid. */
public record Invoice(int id, String documentNo, DocStatus status, int orderId, int bpartnerId,
        int billLocationId, String currency, boolean taxIncluded, LocalDate dateInvoiced, BigDecimal totalLines,
        BigDecimal grandTotal, BigDecimal openAmt, boolean paid, List<TaxAmount> taxes, List<InvoiceLine> lines) {

    public Invoice {
        taxes = List.copyOf(taxes);
        lines = List.copyOf(lines);
    }
}
