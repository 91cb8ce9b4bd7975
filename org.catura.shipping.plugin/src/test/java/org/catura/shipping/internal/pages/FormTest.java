package org.catura.shipping.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.shipping.internal.choice.RuleConditions;
import org.junit.jupiter.api.Test;

/** The carrier pages' field checks and the write-only secrets, on plain objects. */
class FormTest {

    static Form read(List<Field> fields, Map<String, String> posted, Map<String, Boolean> stored) {
        return Form.read(fields, n -> {
            String v = posted.get(n);
            return v == null || v.isBlank() ? null : v.strip();
        }, posted::get, stored, plain -> "sealed(" + plain + ")");
    }

    static Map<String, String> of(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aSecretLeftEmptyIsNotWrittenANewOneIsSealedAndClearRemovesIt() {
        List<Field> f = List.of(Field.secret("ApiKeySealed", "API key"));
        Form kept = read(f, of("ApiKeySealed", ""), Map.of("ApiKeySealed", true));
        assertFalse(kept.values().containsKey("ApiKeySealed"), "the stored value stays");
        assertTrue(kept.rows().get(0).set());
        assertEquals("", kept.rows().get(0).value(), "never shown");

        Form replaced = read(f, of("ApiKeySealed", " with blanks "), Map.of("ApiKeySealed", true));
        assertEquals("sealed( with blanks )", replaced.values().get("ApiKeySealed"), "as typed, then sealed");
        assertEquals("", replaced.rows().get(0).value());

        Form cleared = read(f, of("clear_ApiKeySealed", "1"), Map.of("ApiKeySealed", true));
        assertTrue(cleared.values().containsKey("ApiKeySealed"));
        assertEquals(null, cleared.values().get("ApiKeySealed"));
        assertFalse(cleared.rows().get(0).set());
    }

    @Test
    void requiredFieldsTimesAndDaysAreCheckedAndNormalised() {
        List<Field> f = List.of(Field.text("Name", "Name", 5), Field.time("Start", "Start"),
                Field.time("End", "End", true), Field.workDays("Days", "Days"), Field.decimal("Kg", "Kg", true));
        Form bad = read(f, of("Name", "too long", "Start", "24:00", "End", "7:5", "Days", "1223", "Kg", "0"), Map.of());
        assertEquals("At most 5 characters, this is 8.", bad.errors().get("Name"));
        assertTrue(bad.errors().get("Start").endsWith("'24:00' is none."), bad.errors().get("Start"));
        assertTrue(bad.errors().get("End").contains("or 24:00"), bad.errors().get("End"));
        assertTrue(bad.errors().get("Days").contains("each at most once"));
        assertEquals("Above 0, was 0.", bad.errors().get("Kg"));
        assertEquals("too long", bad.rows().get(0).value(), "what was typed comes back");

        Form missing = read(f, of(), Map.of());
        assertEquals("Name is required.", missing.errors().get("Name"));

        Form good = read(f, of("Name", "Anna", "Start", "07:30", "End", "24:00", "Days", "54321", "Kg", "2,5"), Map.of());
        assertTrue(good.valid(), good.errors().toString());
        assertEquals("12345", good.values().get("Days"));
        assertEquals("24:00", good.values().get("End"));
        assertEquals(new BigDecimal("2.5"), good.values().get("Kg"));
    }

    @Test
    void zonesTakeCountryCodesAndPostalPrefixesOrRangesOfEqualLength() {
        Form z = read(Sheets.zone(), of("SeqNo", "10", "Value", "sylt", "Name", "Sylt", "CountryCodes", "de, at",
                "PostalCodes", "25980-25999, 259 99"), Map.of());
        assertTrue(z.valid(), z.errors().toString());
        assertEquals("DE,AT", z.values().get("CountryCodes"));
        assertEquals("25980-25999,25999", z.values().get("PostalCodes"));
        Form bad = read(Sheets.zone(), of("SeqNo", "10", "Value", "x y", "Name", "X", "CountryCodes", "DEU",
                "PostalCodes", "25999-25980"), Map.of());
        assertTrue(bad.errors().get("Value").startsWith("Letters, digits"));
        assertTrue(bad.errors().get("CountryCodes").contains("'DEU' is none"));
        assertTrue(bad.errors().get("PostalCodes").contains("'25999-25980' is neither"));
    }

    @Test
    void aCarrierNeedsWhatItsChannelNeedsAndATrackingUrlWithThePlaceholder() {
        Map<String, String> posted = of("Value", "c", "Name", "C", "CarrierKind", "PARCEL", "M_Warehouse_ID", "7",
                "TransmissionChannel", "MAIL", "ReturnChannel", "IMAP", "TrackingURL", "https://t.example/",
                "ConfirmWithinHours", "24", "WorkDays", "12345", "WorkDayStart", "08:00", "WorkDayEnd", "18:00",
                "TimeZone", "Europe/Berlin");
        Form f = read(Sheets.carrier(Map.of("7", "Main")), posted, Map.of());
        Sheets.checkCarrier(f);
        assertEquals(Map.of("TrackingURL", "The address must contain {trackingNo}, where the tracking number goes.",
                "EMail", "The channel MAIL needs the address the consignments go to.",
                "TransmissionFormat", "The channel MAIL needs a format (CSV, XML, JSON, FIXED or PDF).",
                "ReturnHost", "The return channel IMAP needs the server's host name."), f.errors());
        Form other = read(Sheets.carrier(Map.of("7", "Main")), of("M_Warehouse_ID", "8"), Map.of());
        assertEquals("Choose one from the list; 8 is none of them (any more).", other.errors().get("M_Warehouse_ID"));
    }

    @Test
    void aRuleConditionIsParsedByTheMatrixsEngine() {
        List<Field> f = Sheets.rule(new RuleConditions()::problem);
        Form bad = read(f, of("SeqNo", "1", "Name", "r", "RuleCondition", "weightKg >> ", "ShippingAction",
                "ONLY_LEVELS", "ActionValue", "EXPRESS"), Map.of());
        assertTrue(bad.errors().get("RuleCondition").startsWith("Not a JEXL expression: "), bad.errors().toString());
        Form good = read(f, of("SeqNo", "1", "Name", "r", "RuleCondition", "island || weightKg > 31.5",
                "ShippingAction", "ONLY_LEVELS", "ActionValue", "EXPRESS"), Map.of());
        Sheets.checkRule(good);
        assertTrue(good.valid(), good.errors().toString());
    }
}
