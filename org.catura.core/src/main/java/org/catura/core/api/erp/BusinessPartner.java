package org.catura.core.api.erp;

import java.util.List;

/** C_BPartner with its locations and contacts. {@code value} is the search key. */
public record BusinessPartner(int id, String value, String name, String name2, boolean company,
        String taxId, boolean customer, List<BPartnerLocation> locations, List<Contact> contacts) {

    public BusinessPartner {
        locations = List.copyOf(locations);
        contacts = List.copyOf(contacts);
    }
}
