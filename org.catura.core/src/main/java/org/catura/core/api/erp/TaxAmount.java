package org.catura.core.api.erp;

import java.math.BigDecimal;

/** One tax of a document (C_OrderTax, C_InvoiceTax): base and tax amount. */
public record TaxAmount(int taxId, BigDecimal rate, BigDecimal taxBaseAmt, BigDecimal taxAmt) {
}
