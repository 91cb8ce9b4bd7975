package org.catura.sandbox.carrier;

import java.time.Instant;
import java.util.List;

/**
 * One transmission the simulator received, readable or not.
 *
 * @param name           the file name, or for HTTP the last path segment (else the Idempotency-Key)
 * @param idempotencyKey the HTTP {@code Idempotency-Key} header, null for files
 * @param content        the content as UTF-8 text
 * @param shipments      what it read; empty when rejected
 * @param rejectedReason why it could not be read (nothing is answered then), null when read
 */
public record ReceivedTransmission(Instant at, PartnerInbound via, String name, String idempotencyKey, String content,
        List<PartnerShipment> shipments, String rejectedReason) {

    public ReceivedTransmission {
        shipments = List.copyOf(shipments);
    }

    public boolean rejected() {
        return rejectedReason != null;
    }
}
