package org.catura.erp.adempiere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A person reads "No lines", not "@NoLines@"; the translation itself is iDempiere's AD_Message. */
class ProcessMessagesTest {

    private static final Map<String, String> AD_MESSAGE = Map.of("@NoLines@", "Keine Zeilen",
            "@PeriodClosed@ 2026-12", "Periode geschlossen 2026-12");

    @Test
    void messageKeysReachAPersonTranslated() {
        assertEquals("Keine Zeilen", ProcessMessages.forPerson("@NoLines@", AD_MESSAGE::get));
        assertEquals("Periode geschlossen 2026-12", ProcessMessages.forPerson("@PeriodClosed@ 2026-12", AD_MESSAGE::get));
    }

    @Test
    void theKeyStaysWhenTheTranslationFailsOrIsEmpty() {
        assertEquals("@NoLines@", ProcessMessages.forPerson("@NoLines@", text -> {
            throw new IllegalStateException("no database");
        }));
        assertEquals("@NoLines@", ProcessMessages.forPerson("@NoLines@", text -> ""));
        assertEquals(null, ProcessMessages.forPerson(null, AD_MESSAGE::get));
    }

    @Test
    void plainTextPassesThroughTheErpsOwnParseTranslation() {
        // Msg.parseTranslation only looks a text up between at signs, so this needs no database.
        assertEquals("Credit limit exceeded", ProcessMessages.forPerson(new Properties(), "Credit limit exceeded"));
    }
}
