package org.catura.core.api.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.Location;
import org.catura.core.testing.InMemoryErp;
import org.junit.jupiter.api.Test;

class PartnerAddressingTest {

    final InMemoryErp erp = new InMemoryErp();
    final PartnerAddressing addressing = new PartnerAddressing(erp);
    final int partnerId = erp.businessPartners().create(null, new BusinessPartnerDraft(null, "Hans Müller", null,
            false, null)).id();

    BusinessPartner partner() {
        return erp.partners.get(partnerId);
    }

    static Location at(String street, String postal, String country) {
        return new Location(street, null, null, null, "London", postal, null, country);
    }

    @Test
    void anAddressTypedDifferentlyIsTheLocationThePartnerHasAlready() {
        int known = addressing.location(null, partner(), at("12 Baker Street", "NW1 6XE", "GB"), true, true, null);

        assertEquals(known, addressing.location(null, partner(), at("12 baker st.", "nw1 6xe", "gb"), true, false,
                "+44 20 1"));
        assertEquals(1, partner().locations().size(), "no second location for the same place");
    }

    @Test
    void anotherPlaceIsAddedNamedByCityAndStreetWithItsRolesAndPhone() {
        addressing.location(null, partner(), at("12 Baker Street", "NW1 6XE", "GB"), true, true, null);

        int added = addressing.location(null, partner(), at("14 Baker Street", "NW1 6XE", "GB"), false, true,
                "+44 20 2");

        BPartnerLocation l = partner().locations().stream().filter(x -> x.id() == added).findFirst().orElseThrow();
        assertEquals("London, 14 Baker Street", l.name());
        assertFalse(l.shipTo());
        assertTrue(l.billTo());
        assertEquals("+44 20 2", l.phone());
        assertEquals(2, partner().locations().size());
    }

    @Test
    void thePlaceIsStreetPostalCodeAndCountryTogether() {
        Location home = at("Hauptstraße 5", "10115", "DE");
        assertTrue(PartnerAddressing.samePlace(home, at("Hauptstr. 5", "10 115", "de")));
        assertFalse(PartnerAddressing.samePlace(home, at("Hauptstraße 5", "10117", "DE")));
        assertFalse(PartnerAddressing.samePlace(home, at("Hauptstraße 5", "10115", "AT")));
    }

    @Test
    void aContactIsFoundByEMailElseByNameInAnyWordOrderElseAdded() {
        int anna = erp.businessPartners().addContact(null, partnerId, "Anna Schmidt", "Anna@Example.org", null);
        int hans = erp.businessPartners().addContact(null, partnerId, "Hans Müller", null, null);

        assertEquals(anna, addressing.contact(null, partner(), "A. Schmidt", " anna@example.org", null));
        assertEquals(hans, addressing.contact(null, partner(), "Müller, Hans", null, null));
        int ben = addressing.contact(null, partner(), " Ben Kurz ", "ben@example.org", "+49 1");
        assertNotEquals(anna, ben);

        Contact added = partner().contacts().stream().filter(c -> c.id() == ben).findFirst().orElseThrow();
        assertEquals(new Contact(ben, "Ben Kurz", "ben@example.org", "+49 1"), added);
        assertEquals(ben, addressing.contact(null, partner(), "Benjamin Kurz", "BEN@example.org", null),
                "the e-mail decides, not the name");
    }

    @Test
    void withoutANameOrAnEMailThereIsNoContact() {
        assertEquals(0, addressing.contact(null, partner(), " ", null, "+49 1"));
        assertTrue(partner().contacts().isEmpty());
        int byMail = addressing.contact(null, partner(), null, "orders@example.org", null);
        assertEquals("orders@example.org", partner().contacts().stream().filter(c -> c.id() == byMail)
                .findFirst().orElseThrow().name(), "the e-mail names a contact without a name");
    }
}
