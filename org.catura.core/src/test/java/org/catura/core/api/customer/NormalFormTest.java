package org.catura.core.api.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for "same place" and "same person", as German, UK and US merchants would expect it. */
class NormalFormTest {

    @ParameterizedTest(name = "\"{0}\" is the street of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Hauptstraße 5          | Hauptstr. 5
            Hauptstrasse 5         | Hauptstr.5
            Hauptstraße 5          | HAUPTSTRASSE  5
            Haupt-Straße 5         | Hauptstraße 5
            Hauptstraße 5a         | Hauptstr. 5 A
            Hauptstraße 5-7        | Hauptstraße 5 - 7
            Müllerstraße 12        | Mullerstrasse 12
            Rathausplatz 1         | Rathauspl. 1
            Am Markt 3             | am markt 3
            12 Baker St            | 12 baker street
            12 Baker Street        | 12, Baker Street.
            221B Baker Street      | 221 b Baker St
            10 Berkeley Pl         | 10 Berkeley Place
            5 E 42nd St            | 5 East 42nd Street
            1600 Pennsylvania Ave NW | 1600 Pennsylvania Avenue NW
            350 Fifth Ave          | 350 Fifth Avenue
            77 Sunset Blvd         | 77 Sunset Boulevard
            4 Elm Rd               | 4 Elm Road
            Rue de l'Église 3      | rue de l eglise 3
            """)
    void theSamePlaceTypedByDifferentHandsHasOneStreetKey(String a, String b) {
        assertEquals(NormalForm.street(a), NormalForm.street(b));
    }

    @ParameterizedTest(name = "\"{0}\" is not the street of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Hauptstraße 5          | Hauptstraße 15
            Hauptstraße 5          | Hauptstraße 5b
            Hauptstraße 5-7        | Hauptstraße 57
            Hauptstraße 5          | Hauptweg 5
            Hauptstraße 5          | Nebenstraße 5
            Flat 1, 5 Baker Street | Flat 15 Baker Street
            12 Baker Street        | 12 Baker Road
            12 Baker Street        | 21 Baker Street
            Berkeley Place 10      | Berkeley Square 10
            Muellerstrasse 12      | Müllerstraße 12
            """)
    void differentPlacesKeepDifferentStreetKeys(String a, String b) {
        assertNotEquals(NormalForm.street(a), NormalForm.street(b));
    }

    @ParameterizedTest(name = "\"{0}\" is the name of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Hans Müller   | MÜLLER, Hans
            José  García  | garcia jose
            Anne-Marie O'Neil | o neil anne marie
            """)
    void namesMatchWhateverTheCaseAccentsPunctuationAndWordOrder(String a, String b) {
        assertEquals(NormalForm.name(a), NormalForm.name(b));
    }

    @ParameterizedTest(name = "\"{0}\" is not the name of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Hans Müller | Hans Mueller-Lüdenscheidt
            Hans Müller | Hanna Müller
            """)
    void differentNamesStayDifferent(String a, String b) {
        assertNotEquals(NormalForm.name(a), NormalForm.name(b));
    }

    @ParameterizedTest(name = "postal code \"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ' 10 115 '  | 10115
            sw1a 1aa    | SW1A1AA
            90210-1234  | 902101234
            """)
    void postalCodesIgnoreSpacesHyphensAndCase(String typed, String key) {
        assertEquals(key, NormalForm.postal(typed));
    }

    @Test
    void emailsAndCountriesIgnoreCaseAndSurroundingSpace() {
        assertEquals(NormalForm.email("buyer@marketplace.example"), NormalForm.email(" Buyer@Marketplace.Example "));
        assertEquals(NormalForm.country("DE"), NormalForm.country(" de "));
        assertEquals("", NormalForm.street(null));
    }
}
