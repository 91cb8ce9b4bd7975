package org.catura.core.api.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VatIdTest {

    @Test
    void idsOfTheMemberStatesInTheirOwnFormsLookValidWrittenAnyWay() {
        for (String id : new String[] {"DE123456789", "de 123 456 789", "ATU12345678", "FRXX123456789",
                "FR12345678901", "IT12345678901", "ES X1234567L", "ESB12345678", "NL123456789B01", "BE0123456789",
                "EL123456789", "PL123-456-78-90", "SE123456789001", "IE1234567T", "IE1234567WA", "CY12345678X",
                "DK12345678", "RO1234"}) {
            assertTrue(VatId.looksValid(id), id);
        }
    }

    @Test
    void wrongLengthsForeignPrefixesAndNonsenseDoNot() {
        for (String id : new String[] {null, "", "DE12345678", "DE1234567890", "ATU1234567", "IT1234567890",
                "CHE123456789", "GB123456789", "US12-3456789", "XX123456789", "NL123456789", "SE123456789012",
                "FRIO123456789", "DE"}) {
            assertFalse(VatId.looksValid(id), String.valueOf(id));
        }
    }

    @Test
    void aParsedIdIsNormalisedAndKnowsItsCountryGreeceBeingEl() {
        VatId it = VatId.parse(" it 123.456.789-01 ").orElseThrow();
        assertEquals("IT12345678901", it.value());
        assertEquals("IT", it.countryCode());
        assertEquals("GR", VatId.parse("EL123456789").orElseThrow().countryCode());
        assertEquals("EL", VatId.parse("EL123456789").orElseThrow().prefix());
        assertTrue(VatId.parse("GB123456789").isEmpty());
    }

    @Test
    void constructingAMalformedIdSaysWhatAnIdLooksLike() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VatId("DE12"));
        assertTrue(e.getMessage().contains("DE123456789"), e.getMessage());
    }

    @Test
    void theEuHasTwentySevenMembersAndGreeceIsAlsoEl() {
        assertEquals(27, EuCountries.MEMBERS.size());
        assertTrue(EuCountries.contains("el") && EuCountries.contains("GR") && EuCountries.contains(" fr"));
        assertFalse(EuCountries.contains("GB") || EuCountries.contains("CH") || EuCountries.contains("NO")
                || EuCountries.contains(null));
    }
}
