package org.catura.sandbox.carrier;

/** A shipment the DHL sandbox created (whether or not its answer reached the client). */
public record DhlSandboxShipment(String shipmentNo, String refNo, String product, String billingNumber,
        String consigneeName, String consigneeCountry, long weightGrams) {
}
