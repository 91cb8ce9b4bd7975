package org.catura.core.api.cancel;

import org.catura.core.api.erp.DocStatus;

/** What cancelling an order's documents came to: voided, or refused because goods may have left. */
public sealed interface Cancellation {

    /**
     * The order's documents are void now. A document number is null when the order had no such
     * document; {@code …Voided} says whether this cancellation voided it (false: it was void before).
     */
    record Voided(String deliveryNoteNo, boolean deliveryNoteVoided, String salesOrderNo,
            boolean salesOrderVoided) implements Cancellation {
    }

    /** Nothing was voided: the delivery note is completed or closed, so the goods may have left. */
    record Refused(String deliveryNoteNo, DocStatus deliveryNoteStatus) implements Cancellation {
    }
}
