package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Receipts and their allocation to invoices. */
public interface Payments {

    Payment create(Tx tx, PaymentDraft draft);

    Optional<Payment> get(Tx tx, int paymentId);

    Payment process(Tx tx, int paymentId, DocAction action);

    /**
     * Creates and completes an allocation; an invoice whose open amount reaches zero becomes paid.
     * Refused when a line would allocate more than a payment or an invoice has open.
     */
    Allocation allocate(Tx tx, LocalDate dateTrx, String currency, List<AllocationLineDraft> lines);
}
