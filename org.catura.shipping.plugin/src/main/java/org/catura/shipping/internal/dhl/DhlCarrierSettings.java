package org.catura.shipping.internal.dhl;

import java.net.URI;
import java.time.ZoneId;

/**
 * What the DHL API needs from a carrier's row (CAT_Carrier), its secrets opened: the orders URL
 * (TransmissionPath), the GKP login (TransmissionUser, TransmissionSecretSealed), the API key
 * (ApiKeySealed) and the billing number (AccountNo). {@link #toString} never shows the secrets.
 */
record DhlCarrierSettings(String carrier, String name, URI ordersUrl, String user, String password, String apiKey,
        String billingNumber, ZoneId timeZone) {

    @Override
    public String toString() {
        return "DHL carrier " + carrier + " at " + ordersUrl + " as " + user + ", billing number " + billingNumber;
    }
}
