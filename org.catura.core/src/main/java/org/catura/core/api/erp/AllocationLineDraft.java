package org.catura.core.api.erp;

import java.math.BigDecimal;

/** Part of an allocation: {@code amount} of a payment applied to an invoice, plus discount and write-off. */
public record AllocationLineDraft(int invoiceId, int paymentId, BigDecimal amount, BigDecimal discountAmt,
        BigDecimal writeOffAmt) {
}
