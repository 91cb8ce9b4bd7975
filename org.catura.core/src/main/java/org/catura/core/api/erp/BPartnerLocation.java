package org.catura.core.api.erp;

/** C_BPartner_Location: a partner's address with its ship-to / bill-to role. */
public record BPartnerLocation(int id, String name, Location location, boolean shipTo, boolean billTo,
        String phone) {
}
