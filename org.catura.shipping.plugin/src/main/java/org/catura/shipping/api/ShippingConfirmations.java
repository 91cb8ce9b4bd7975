package org.catura.shipping.api;

import org.catura.core.api.db.Tx;

/**
 * The one way a carrier's confirmation is recorded, whatever brought it. Keeps the raw message,
 * records the parcels, sets carrier and tracking on the delivery note and completes it (stock
 * moves), moves the order from TRANSMITTED to SHIPPED and closes the watchdog's ticket, all in
 * the caller's transaction.
 */
public interface ShippingConfirmations {

    /**
     * Never throws for bad content: an unknown reference, a duplicate or a contradiction is an
     * {@link ConfirmationResult.Outcome outcome} (a rejection opens a ticket and changes nothing
     * recorded before). A failure of the database or the ERP throws and rolls back.
     */
    ConfirmationResult record(Tx tx, CarrierConfirmation confirmation);

    /**
     * Records a message no reader could understand (a garbled file, a mail without a reference):
     * kept as received, with the reason, and a ticket opened.
     */
    ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName, byte[] raw,
            String reason);
}
