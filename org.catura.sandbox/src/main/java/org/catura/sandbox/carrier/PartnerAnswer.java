package org.catura.sandbox.carrier;

import java.time.Instant;
import java.util.Set;

/**
 * One answer the simulator sent: a file written into the return folder, or one attempt at an HTTP
 * callback (a retried callback shows as several answers with rising {@code attempt}).
 *
 * @param kind    the first confirmation, its duplicate, or the later update
 * @param faults  the faults drawn for this answer (empty: a plain one)
 * @param target  the file's path in the return folder, or the callback URL
 * @param content what was sent, as UTF-8 text
 * @param status  the product's HTTP status for a callback, 0 when it could not be reached, null for a file
 * @param attempt 1 for the first try of a callback, 2 for the first retry, …; 1 for a file
 */
public record PartnerAnswer(Instant at, String reference, Kind kind, Set<PartnerFault> faults, PartnerReturn via,
        String target, String content, Integer status, int attempt) {

    public PartnerAnswer {
        faults = Set.copyOf(faults);
    }

    /** Whether the answer reached the product and was taken (a file written, a callback answered 2xx). */
    public boolean delivered() {
        return status == null || status >= 200 && status < 300;
    }

    public enum Kind {
        /** The shipment's first confirmation with its tracking numbers. */
        CONFIRMATION,
        /** The same confirmation once more. */
        DUPLICATE,
        /** A later confirmation replacing a tracking number. */
        UPDATE
    }
}
