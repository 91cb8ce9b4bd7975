package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clerk's partner search on PostgreSQL: each criterion, case, ranking, the limit, inactive left out. */
class PartnerSearchTest extends ErpTestBase {

    int anna;
    int muellerBau;
    int schmidt;
    int zeller;
    int bergmann;
    int johanna;

    @Override
    boolean seedDemo() {
        return false;
    }

    @BeforeAll
    void partners() {
        anna = partner("K-1001", "Anna Müller", null, "10115", "DE", "anna.mueller@example.com");
        muellerBau = partner("K-1002", "Mueller Bau GmbH", "Einkauf", "20457", "DE", "einkauf@muellerbau.de");
        schmidt = partner("K-2001", "Hans Schmidt", "Schmidt & Söhne KG", "SW1A 1AA", "GB", "hans@schmidt.co.uk");
        zeller = partner("BERG", "Zeller Hof", null, "80331", "DE", "hof@zeller.de");
        bergmann = partner("K-3001", "Bergmann Anna", null, "80333", "DE", "bergmann@example.com");
        johanna = partner("K-3002", "Johanna Berg", null, "80335", "DE", "jo@example.com");
        for (int i = 1; i <= 5; i++) {
            partner("K-40" + i, "Anna Beispiel " + i, null, "5000" + i, "DE", "beispiel" + i + "@example.com");
        }
        int inactive = partner("K-9001", "Anna Inaktiv", null, "99999", "DE", "inaktiv@example.com");
        int vendor = partner("K-9002", "Anna Lieferant", null, "99998", "DE", "lieferant@example.com");
        database.execute("UPDATE C_BPartner SET IsActive = 'N' WHERE C_BPartner_ID = " + inactive);
        database.execute("UPDATE C_BPartner SET IsCustomer = 'N', IsVendor = 'Y' WHERE C_BPartner_ID = " + vendor);
        // Zeller moved: the old address and an old contact stay, inactive, and are not found.
        int old = tx(t -> erp.businessPartners().addLocation(t, zeller, "Old", new Location("Alte Gasse 1", null,
                null, null, "Köln", "50667", null, "DE"), true, true, null));
        int former = tx(t -> erp.businessPartners().addContact(t, zeller, "Former", "former@zeller.de", null));
        database.execute("UPDATE C_BPartner_Location SET IsActive = 'N' WHERE C_BPartner_Location_ID = " + old);
        database.execute("UPDATE AD_User SET IsActive = 'N' WHERE AD_User_ID = " + former);
    }

    int partner(String value, String name, String name2, String postal, String country, String email) {
        return tx(t -> {
            int id = erp.businessPartners().create(t, new BusinessPartnerDraft(value, name, name2, name2 != null,
                    null)).id();
            erp.businessPartners().addLocation(t, id, "Ship", new Location("Street 1", null, null, null, "City",
                    postal, null, country), true, false, null);
            erp.businessPartners().addLocation(t, id, "Bill", new Location("Postfach 9", null, null, null, "City",
                    postal, null, country), false, true, null);
            erp.businessPartners().addContact(t, id, name, email, null);
            return id;
        });
    }

    List<Integer> search(String text, int limit) {
        return tx(t -> erp.businessPartners().search(t, text, limit)).stream().map(BusinessPartner::id).toList();
    }

    List<Integer> search(String text) {
        return search(text, 20);
    }

    @Test
    void aCustomerNumberIsFoundExactlyAndFromItsStartIgnoringCase() {
        assertEquals(List.of(anna), search("k-1001"));
        assertEquals(List.of(anna, muellerBau), search("K-10"));
        assertFalse(search("1001").contains(anna), "a number matches from its start only");
    }

    @Test
    void anEMailOfAContactIsFoundIgnoringCaseButNotAnInactiveContactsOne() {
        assertEquals(List.of(anna), search("ANNA.Mueller@Example.com"));
        assertEquals(List.of(muellerBau), search("einkauf@"));
        assertEquals(List.of(), search("former@zeller.de"));
    }

    @Test
    void aPostalCodeIsFoundWithoutSpacesAndFromItsStartButNotAtAnOldAddress() {
        assertEquals(List.of(anna), search("10115"));
        assertEquals(List.of(schmidt), search("sw1a1aa"));
        assertEquals(List.of(schmidt), search("SW1A 1"));
        assertEquals(List.of(bergmann, johanna, zeller), search("8033"), "same rank: by name");
        assertEquals(List.of(), search("50667"), "the inactive location");
    }

    @Test
    void aNameIsFoundByAnyPartIgnoringCaseAndWordOrderAndName2Counts() {
        assertEquals(List.of(anna), search("müller"));
        assertEquals(List.of(muellerBau), search("MUELLER bau"));
        assertEquals(List.of(anna), search("Müller Anna"), "words in another order");
        assertEquals(List.of(anna), search("nna mü"));
        assertEquals(List.of(schmidt), search("söhne"), "the company in Name2");
        assertEquals(List.of(schmidt), search("schmidt &"));
    }

    @Test
    void theBestHitsComeFirst() {
        // Zeller's customer number is BERG; Bergmann's name starts with it; Johanna Berg has it inside.
        assertEquals(List.of(zeller, bergmann, johanna), search("berg"));
        List<Integer> annas = search("anna");
        assertEquals(8, annas.size(), annas.toString());
        assertEquals(anna, annas.get(5), "names starting with 'anna', by name: the five Beispiel, then Müller");
        assertEquals(List.of(bergmann, johanna), annas.subList(6, 8), "names containing it come after");
    }

    @Test
    void theLimitIsRespected() {
        assertEquals(5, search("anna beispiel", 50).size());
        List<Integer> three = search("anna beispiel", 3);
        assertEquals(3, three.size());
        assertEquals(search("anna beispiel", 50).subList(0, 3), three, "the first three of the full list");
        assertEquals(1, search("anna", 1).size());
    }

    @Test
    void inactivePartnersAndVendorsAreNotFound() {
        assertEquals(List.of(), search("Anna Inaktiv"));
        assertEquals(List.of(), search("K-9001"));
        assertEquals(List.of(), search("inaktiv@example.com"));
        assertEquals(List.of(), search("99998"), "a vendor, not a customer");
        assertEquals(List.of(), search("Anna Lieferant"));
    }

    @Test
    void hitsCarryTheirAddressesWithTheirRolesAndContacts() {
        BusinessPartner hit = tx(t -> erp.businessPartners().search(t, "10115", 5)).get(0);
        assertEquals("K-1001", hit.value());
        List<BPartnerLocation> locations = hit.locations();
        assertEquals(2, locations.size());
        assertTrue(locations.get(0).shipTo() && !locations.get(0).billTo());
        assertTrue(locations.get(1).billTo() && !locations.get(1).shipTo());
        assertEquals("10115", locations.get(1).location().postal());
        assertEquals("anna.mueller@example.com", hit.contacts().get(0).email());
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertEquals(List.of(), search("%%"));
        assertEquals(List.of(), search("__"));
        assertEquals(List.of(schmidt), search("& s"), "other punctuation is just text");
    }

    @Test
    void aTooShortTextOrNoLimitIsRefusedWithTheRule() {
        ErpException oneLetter = assertThrows(ErpException.class, () -> search("a"));
        assertTrue(oneLetter.getMessage().contains("at least 2 characters"), oneLetter.getMessage());
        assertThrows(ErpException.class, () -> search("  a "));
        assertThrows(ErpException.class, () -> search(null));
        assertThrows(ErpException.class, () -> search("anna", 0));
    }
}
