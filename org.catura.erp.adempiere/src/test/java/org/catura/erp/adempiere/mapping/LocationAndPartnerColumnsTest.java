package org.catura.erp.adempiere.mapping;

import static org.catura.erp.adempiere.mapping.SalesOrderColumnsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.Money;
import org.catura.core.api.erp.PaymentDraft;
import org.junit.jupiter.api.Test;

class LocationAndPartnerColumnsTest {

    private static final Location BERLIN = new Location("  Hauptstr.   5 ", "", null, null, "Berlin", "10115",
            "Berlin", "de");

    @Test
    void locationColumnsAreCleaned() {
        ColumnValues v = LocationColumns.values(BERLIN);
        assertEquals("Hauptstr. 5", v.get("Address1"));
        assertFalse(v.has("Address2"), "blank lines are left out");
        assertEquals("Berlin", v.get("City"));
        assertEquals("10115", v.get("Postal"));
        assertEquals("Berlin", v.get("RegionName"));
        assertEquals(List.of("Address1", "City", "Postal", "RegionName"), List.copyOf(v.asMap().keySet()));
        assertEquals("DE", LocationColumns.countryCode(BERLIN));
    }

    @Test
    void locationsWithoutCountryOrSubstanceAreRefused() {
        assertMessage("no country code", () -> LocationColumns.countryCode(
                new Location("a", null, null, null, "b", "1", null, " ")));
        assertMessage("'DEU' is not ISO 3166-1 alpha-2", () -> LocationColumns.countryCode(
                new Location("a", null, null, null, "b", "1", null, "DEU")));
        assertMessage("neither street, city nor postal code", () -> LocationColumns.values(
                new Location(" ", null, null, null, null, "", null, "DE")));
    }

    @Test
    void postalCodesCompareWithoutSpacesAndDashes() {
        assertEquals("SW1A1AA", LocationColumns.normalPostal("sw1a 1aa"));
        assertEquals("12345", LocationColumns.normalPostal("12-345"));
        assertNull(LocationColumns.normalPostal("  "));
    }

    @Test
    void locationNameDefaultsToCityThenStreet() {
        assertEquals("Berlin", LocationColumns.defaultName(BERLIN));
        assertEquals("Hauptstr. 5", LocationColumns.defaultName(
                new Location("Hauptstr. 5", null, null, null, null, "1", null, "DE")));
    }

    @Test
    void tooLongTextIsRefusedNotCut() {
        ColumnValues v = LocationColumns.values(new Location("x".repeat(61), null, null, null, "Berlin",
                "10115", null, "DE"));
        Map<String, Integer> lengths = Map.of("Address1", 60, "City", 60, "Postal", 10);
        assertMessage("Address1 has 61 characters, at most 60 fit",
                () -> FieldLengths.check("Address of order 1", v, c -> lengths.getOrDefault(c, 0)));
        assertDoesNotThrow(() -> FieldLengths.check("Address", LocationColumns.values(BERLIN),
                c -> lengths.getOrDefault(c, 0)));
        // Unknown lengths (0) are not checked.
        assertDoesNotThrow(() -> FieldLengths.check("Address", v, c -> 0));
    }

    @Test
    void partnerIsACustomerNotAVendor() {
        ColumnValues v = PartnerColumns.partner(new BusinessPartnerDraft(null, " Erika Mustermann ", "", false,
                null));
        assertFalse(v.has("Value"), "no search key: the ERP numbers it");
        assertEquals("Erika Mustermann", v.get("Name"));
        assertEquals(Boolean.TRUE, v.get("IsCustomer"));
        assertEquals(Boolean.FALSE, v.get("IsVendor"));
        assertFalse(v.has("Name2"));
        assertMessage("needs a name", () -> PartnerColumns.partner(new BusinessPartnerDraft("C1", " ", null, false,
                null)));
    }

    @Test
    void contactNeedsANameOrEmailAndAValidEmail() {
        ColumnValues v = PartnerColumns.contact(5, null, " buyer@marketplace.amazon.de ", "+49 30 1");
        assertEquals("buyer@marketplace.amazon.de", v.get("Name"));
        assertEquals("buyer@marketplace.amazon.de", v.get("EMail"));
        assertEquals(5, v.get("C_BPartner_ID"));
        assertMessage("'not-an-address' is not an e-mail address",
                () -> PartnerColumns.contact(5, "Erika", "not-an-address", null));
        assertMessage("needs a name or an e-mail address", () -> PartnerColumns.contact(5, " ", null, null));
        assertMessage("needs a business partner", () -> PartnerColumns.contact(0, "Erika", null, null));
    }

    @Test
    void receiptColumns() {
        PaymentDraft d = new PaymentDraft(5, Money.of("123.45", "EUR"), LocalDate.of(2026, 4, 1), "Settlement",
                "11876543210");
        ColumnValues v = PaymentColumns.receipt(d, "A");
        assertEquals(Boolean.TRUE, v.get("IsReceipt"));
        assertEquals(new BigDecimal("123.45"), v.get("PayAmt"));
        assertEquals("11876543210", v.get("R_PnRef"));
        assertEquals("A", v.get("TenderType"));
        assertEquals(v.get("DateTrx"), v.get("DateAcct"));
        assertMessage("amount must be positive", () -> PaymentColumns.receipt(
                new PaymentDraft(5, Money.of("-1", "EUR"), LocalDate.now(), null, null), "A"));
        assertMessage("tender type 'Z'", () -> PaymentColumns.receipt(d, "Z"));
    }
}
