package org.catura.core.api.process;

/**
 * The business partner a person chose for an order, with the ship-to and bill-to locations and
 * the contact its sales order uses ({@code contactId} 0: none).
 */
public record ChosenCustomer(int bpartnerId, int shipLocationId, int billLocationId, int contactId) {

    public ChosenCustomer {
        if (bpartnerId <= 0 || shipLocationId <= 0 || billLocationId <= 0 || contactId < 0) {
            throw new IllegalArgumentException("A chosen customer needs a business partner, a ship-to and a bill-to"
                    + " location, was " + bpartnerId + "/" + shipLocationId + "/" + billLocationId);
        }
    }
}
