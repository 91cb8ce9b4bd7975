package org.catura.core.api.erp;

import java.time.LocalDate;

/** A receipt to create: {@code reference} is the outside id (a settlement id, say). */
public record PaymentDraft(int bpartnerId, Money amount, LocalDate dateTrx, String description,
        String reference) {
}
