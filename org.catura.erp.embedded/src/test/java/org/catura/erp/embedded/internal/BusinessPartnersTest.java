package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.junit.jupiter.api.Test;

class BusinessPartnersTest extends ErpTestBase {

    @Override
    boolean seedDemo() {
        return false;
    }

    @Test
    void createTakesSearchKeyFromSequenceAndStoresAllFields() {
        BusinessPartner a = tx(t -> erp.businessPartners().create(t,
                new BusinessPartnerDraft(null, "Acme GmbH", "Einkauf", true, "DE123456789")));
        BusinessPartner b = tx(t -> erp.businessPartners().create(t,
                new BusinessPartnerDraft(null, "Erika Mustermann", null, false, null)));
        assertEquals(Integer.parseInt(a.value()) + 1, Integer.parseInt(b.value()));
        BusinessPartner read = tx(t -> erp.businessPartners().get(t, a.id())).orElseThrow();
        assertEquals("Acme GmbH", read.name());
        assertEquals("Einkauf", read.name2());
        assertTrue(read.company());
        assertTrue(read.customer());
        assertEquals("DE123456789", read.taxId());
        assertFalse(tx(t -> erp.businessPartners().get(t, b.id())).orElseThrow().company());
        // Stored under iDempiere's own column names.
        assertEquals(1, count("SELECT count(*) FROM c_bpartner WHERE c_bpartner_id = ? AND iscustomer = 'Y' AND taxid = ?",
                a.id(), "DE123456789"));
    }

    @Test
    void duplicateSearchKeyIsRefused() {
        tx(t -> erp.businessPartners().create(t, new BusinessPartnerDraft("AMZ-1", "First", null, false, null)));
        ErpException e = assertThrows(ErpException.class, () -> tx(t -> erp.businessPartners().create(t,
                new BusinessPartnerDraft("AMZ-1", "Second", null, false, null))));
        assertTrue(e.getMessage().contains("AMZ-1"), e.getMessage());
        assertEquals(1, count("SELECT count(*) FROM C_BPartner WHERE Value = 'AMZ-1'"));
    }

    @Test
    void findByEmailIgnoresCaseAndReturnsLocationsAndContacts() {
        int id = tx(t -> {
            int bp = erp.businessPartners().create(t, new BusinessPartnerDraft(null, "Jean Dupont", null, false, null))
                    .id();
            erp.businessPartners().addLocation(t, bp, "Home",
                    new Location("12 rue de la Paix", null, null, null, "Paris", "75002", null, "FR"), true, true,
                    "+33 1 23 45 67 89");
            erp.businessPartners().addContact(t, bp, "Jean Dupont", "Jean.Dupont@marketplace.amazon.fr", "0123");
            return bp;
        });
        List<BusinessPartner> found = tx(t -> erp.businessPartners().findByEmail(t,
                "jean.dupont@MARKETPLACE.amazon.fr"));
        assertEquals(List.of(id), found.stream().map(BusinessPartner::id).toList());
        BusinessPartner p = found.get(0);
        BPartnerLocation location = p.locations().get(0);
        assertEquals("Home", location.name());
        assertEquals("75002", location.location().postal());
        assertEquals("FR", location.location().countryCode());
        assertEquals("+33 1 23 45 67 89", location.phone());
        assertEquals("Jean.Dupont@marketplace.amazon.fr", p.contacts().get(0).email());
        assertTrue(tx(t -> erp.businessPartners().findByEmail(t, "nobody@example.com")).isEmpty());
        assertTrue(tx(t -> erp.businessPartners().findByEmail(t, " ")).isEmpty());
    }

    @Test
    void findByPostalIgnoresSpacesAndCaseButNotCountry() {
        int id = tx(t -> {
            int bp = erp.businessPartners().create(t, new BusinessPartnerDraft(null, "Jane Smith", null, false, null))
                    .id();
            erp.businessPartners().addLocation(t, bp, null,
                    new Location("10 Downing St", null, null, null, "London", "SW1A 2AA", null, "GB"), true, false, null);
            return bp;
        });
        assertEquals(List.of(id), ids(tx(t -> erp.businessPartners().findByPostal(t, "sw1a2aa", "GB"))));
        // "UK" is the VAT shorthand for GB.
        assertEquals(List.of(id), ids(tx(t -> erp.businessPartners().findByPostal(t, "SW1A 2AA", "uk"))));
        assertTrue(tx(t -> erp.businessPartners().findByPostal(t, "SW1A 2AA", "IE")).isEmpty());
        assertTrue(tx(t -> erp.businessPartners().findByPostal(t, "SW1A 2AB", "GB")).isEmpty());
    }

    @Test
    void unknownCountryIsRefusedAndNothingIsWritten() {
        int bp = tx(t -> erp.businessPartners().create(t, new BusinessPartnerDraft(null, "X", null, false, null)).id());
        long locations = count("SELECT count(*) FROM C_Location");
        ErpException e = assertThrows(ErpException.class, () -> tx(t -> erp.businessPartners().addLocation(t, bp,
                null, new Location("a", null, null, null, "b", "1", null, "XX"), true, true, null)));
        assertTrue(e.getMessage().contains("Unknown country code 'XX'"), e.getMessage());
        assertEquals(locations, count("SELECT count(*) FROM C_Location"));
    }

    @Test
    void locationAndContactNeedAnExistingPartner() {
        ErpException e = assertThrows(ErpException.class, () -> tx(t -> erp.businessPartners().addContact(t, 987654,
                "Ghost", "ghost@example.com", null)));
        assertTrue(e.getMessage().contains("987654"), e.getMessage());
        assertThrows(ErpException.class, () -> tx(t -> erp.businessPartners().create(t,
                new BusinessPartnerDraft(null, " ", null, false, null))));
    }

    @Test
    void twoPartnersWithTheSameEmailAreBothFound() {
        int a = customer("DE", "10115").bpartnerId();
        int b = customer("DE", "10115").bpartnerId();
        tx(t -> erp.businessPartners().addContact(t, a, "Shared", "shared@example.com", null));
        tx(t -> erp.businessPartners().addContact(t, b, "Shared", "SHARED@example.com", null));
        assertNotEquals(a, b);
        assertEquals(List.of(a, b), ids(tx(t -> erp.businessPartners().findByEmail(t, "shared@example.com"))));
    }

    private static List<Integer> ids(List<BusinessPartner> partners) {
        return partners.stream().map(BusinessPartner::id).toList();
    }
}
