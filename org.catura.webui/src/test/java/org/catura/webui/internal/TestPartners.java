package org.catura.webui.internal;

import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.Location;

/** Customers made directly in the ERP, to be found by the desk's search. */
final class TestPartners {

    private TestPartners() {
    }

    /** A customer with a ship-to and a bill-to address in one postal code, and a contact with an e-mail. */
    static int customer(Site site, String value, String name, String postal, String city, String email) {
        return site.tx(t -> {
            int id = site.erp.businessPartners().create(t, new BusinessPartnerDraft(value, name, null, false, null))
                    .id();
            site.erp.businessPartners().addLocation(t, id, city, new Location("Speicherstadt 3", null, null, null, city,
                    postal, null, "DE"), true, false, "+49 40 123");
            site.erp.businessPartners().addLocation(t, id, "Rechnung", new Location("Postfach 1 20", null, null, null,
                    city, postal, null, "DE"), false, true, null);
            site.erp.businessPartners().addContact(t, id, name, email, null);
            return id;
        });
    }
}
