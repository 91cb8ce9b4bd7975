package org.catura.core.internal.station.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void namesMatchWhateverTheCaseAccentsPunctuationAndWordOrder() {
        assertEquals(Normalize.name("Hans Müller"), Normalize.name("MÜLLER, Hans"));
        assertEquals(Normalize.name("José  García"), Normalize.name("garcia jose"));
        assertNotEquals(Normalize.name("Hans Müller"), Normalize.name("Hans Mueller-Lüdenscheidt"));
    }

    @Test
    void streetsMatchWithTheUsualAbbreviations() {
        assertEquals(Normalize.street("Hauptstraße 5"), Normalize.street("Hauptstr. 5"));
        assertEquals(Normalize.street("Hauptstrasse 5"), Normalize.street("Hauptstr.5"));
        assertEquals(Normalize.street("12 Baker St"), Normalize.street("12 baker street"));
        assertNotEquals(Normalize.street("Hauptstraße 5"), Normalize.street("Hauptstraße 15"));
        assertEquals("10115", Normalize.postal(" 10 115 "));
        assertEquals("SW1A1AA", Normalize.postal("sw1a 1aa"));
    }
}
