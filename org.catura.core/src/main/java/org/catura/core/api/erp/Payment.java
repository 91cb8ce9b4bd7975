package org.catura.core.api.erp;

import java.math.BigDecimal;
import java.time.LocalDate;

/** C_Payment (receipt). {@code allocatedAmt} is how much of it allocations have used. */
public record Payment(int id, String documentNo, DocStatus status, int bpartnerId, Money amount,
        LocalDate dateTrx, String description, String reference, BigDecimal allocatedAmt) {
}
