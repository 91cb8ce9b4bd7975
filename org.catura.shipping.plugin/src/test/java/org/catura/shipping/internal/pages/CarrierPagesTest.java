package org.catura.shipping.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.webui.internal.PackSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The carrier pages over HTTP on the web UI's test site (real Jetty, sign-in, CSRF, PostgreSQL
 * with the embedded ERP): ada is an admin, clara a clerk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarrierPagesTest {

    static final String PASSWORD = "s3cret-PA55word";

    PackSite site;
    final AesGcmSecrets secrets = new AesGcmSecrets(new byte[32]);
    PackSite.Browserless ada;
    PackSite.Browserless clara;
    int warehouse;

    @BeforeAll
    void start() throws Exception {
        site = new PackSite();
        site.add(new CarrierPages(site.db(), site.erp(), secrets));
        ada = site.signIn("ada");
        clara = site.signIn("clara");
        warehouse = site.tx(tx -> site.erp().products().warehouses(tx).get(0).id());
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @BeforeEach
    void empty() {
        site.tx(tx -> Sql.update(tx, "delete from CAT_ShippingRate; delete from CAT_ShippingService; "
                + "delete from CAT_Carrier; delete from CAT_ShippingZone; delete from CAT_ShippingRule"));
    }

    /** A complete, valid carrier form, changed by {@code overrides} (value null: the field is left out). */
    Map<String, String> carrier(String... overrides) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Value", "parcelco");
        f.put("Name", "ParcelCo");
        f.put("CarrierKind", "PARCEL");
        f.put("M_Warehouse_ID", Integer.toString(warehouse));
        f.put("IsActive", "Y");
        f.put("AmazonCarrierCode", "Other");
        f.put("AmazonCarrierName", "ParcelCo");
        f.put("TrackingURL", "https://track.example/?no={trackingNo}");
        f.put("TrackingNoPattern", "\\d{12}");
        f.put("TransmissionChannel", "SFTP");
        f.put("TransmissionFormat", "CSV");
        f.put("TransmissionHost", "sftp.parcelco.example");
        f.put("TransmissionPort", "22");
        f.put("TransmissionPath", "in");
        f.put("TransmissionUser", "catura");
        f.put("ReturnChannel", "FOLDER");
        f.put("ReturnPath", "/srv/parcelco/out");
        f.put("ConfirmWithinHours", "8");
        f.put("WorkDays", "12345");
        f.put("WorkDayStart", "07:30");
        f.put("WorkDayEnd", "17:00");
        f.put("CutOffTime", "15:00");
        f.put("TimeZone", "Europe/Berlin");
        for (int i = 0; i < overrides.length; i += 2) {
            f.put(overrides[i], overrides[i + 1]);
        }
        return f;
    }

    static List<String> fields(Map<String, String> form) {
        List<String> l = new ArrayList<>();
        form.forEach((k, v) -> {
            if (v != null) {
                l.add(k);
                l.add(v);
            }
        });
        return l;
    }

    long carriers() {
        return site.count("select count(*) from CAT_Carrier");
    }

    int create(Map<String, String> form) {
        HttpResponse<String> r = ada.postFields("/catura/carriers/new", fields(form));
        assertEquals(302, r.statusCode(), r.body());
        return site.tx(tx -> Sql.one(tx, "select CAT_Carrier_ID from CAT_Carrier where Value = ?", rs -> rs.getInt(1),
                form.get("Value")).orElseThrow());
    }

    String column(String sql, Object... params) {
        return site.tx(tx -> Sql.one(tx, sql, rs -> rs.getString(1), params).orElse(null));
    }

    @Test
    void anAdminCreatesACarrierWithAnIdFromTheSequenceAndEditingChangesTheRow() {
        int id = create(carrier());
        assertTrue(id >= 1000000, "an id from AD_Sequence, was " + id);
        assertEquals("ParcelCo|SFTP|CSV|sftp.parcelco.example|22|07:30|17:00|ada|100|Europe/Berlin",
                column("select Name || '|' || TransmissionChannel || '|' || TransmissionFormat || '|' || TransmissionHost"
                        + " || '|' || TransmissionPort || '|' || WorkDayStart || '|' || WorkDayEnd || '|' || ChangedBy"
                        + " || '|' || UpdatedBy || '|' || TimeZone from CAT_Carrier where CAT_Carrier_ID = ?", id));
        HttpResponse<String> list = clara.get("/catura/carriers");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("SFTP / CSV → FOLDER"), list.body());

        HttpResponse<String> edit = ada.postFields("/catura/carriers/" + id, fields(carrier("Name", "ParcelCo Express",
                "TransmissionPort", "2222", "IsActive", null, "CutOffTime", "", "WorkDayEnd", "24:00")));
        assertEquals(302, edit.statusCode(), edit.body());
        assertEquals("ParcelCo Express|2222|N|null|24:00", column("select Name || '|' || TransmissionPort || '|' || IsActive"
                + " || '|' || coalesce(CutOffTime, 'null') || '|' || WorkDayEnd from CAT_Carrier where CAT_Carrier_ID = ?",
                id));
        assertEquals(1, carriers(), "deactivated, not deleted");
        assertTrue(ada.get("/catura/carriers/" + id).body().contains("value=\"ParcelCo Express\""));
    }

    @Test
    void wrongInputIsRefusedFieldByFieldAndNothingIsStored() {
        int id = create(carrier());
        String before = column("select Updated::text from CAT_Carrier where CAT_Carrier_ID = ?", id);
        HttpResponse<String> r = ada.postFields("/catura/carriers/" + id, fields(carrier("Name", "Renamed",
                "TrackingURL", "https://track.example/?no=", "TrackingNoPattern", "(\\d{12}", "WorkDayStart", "25:00",
                "WorkDayEnd", "7:5", "TimeZone", "Mars/Olympus", "TransmissionHost", "", "WorkDays", "1223",
                "TransmissionPort", "70000", "CarrierKind", "BICYCLE")));
        assertEquals(422, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("The address must contain {trackingNo}"), body);
        assertTrue(body.contains("Not a regular expression: Unclosed group"), body);
        assertTrue(body.contains("id=\"error-WorkDayStart\""), body);
        assertTrue(body.contains("A time of day as HH:mm between 00:00 and 23:59, like 16:30; &#39;25:00&#39; is none."),
                body);
        assertTrue(body.contains("No time zone &#39;Mars/Olympus&#39;"), body);
        assertTrue(body.contains("The channel SFTP needs the server&#39;s host name."), body);
        assertTrue(body.contains("each at most once"), body);
        assertTrue(body.contains("Between 1 and 65535, was 70000."), body);
        assertTrue(body.contains("Choose one of IN_HOUSE, PARCEL, FULFILMENT"), body);
        assertTrue(body.contains("value=\"Renamed\""), "what was typed is kept");
        assertTrue(body.contains("Nothing was saved: 9 fields need correcting"), body);
        assertEquals("ParcelCo", column("select Name from CAT_Carrier where CAT_Carrier_ID = ?", id));
        assertEquals(before, column("select Updated::text from CAT_Carrier where CAT_Carrier_ID = ?", id));

        HttpResponse<String> late = ada.postFields("/catura/carriers/" + id, fields(carrier("WorkDayEnd", "06:00")));
        assertEquals(422, late.statusCode());
        assertTrue(late.body().contains("The working day must end after it starts (07:30)."), late.body());

        HttpResponse<String> twice = ada.postFields("/catura/carriers/new", fields(carrier("Name", "Second")));
        assertEquals(422, twice.statusCode());
        assertTrue(twice.body().contains("Another carrier has the search key &#39;parcelco&#39; already."), twice.body());
        assertEquals(1, carriers());
    }

    @Test
    void aSecretIsSealedNeverShownKeptWhenLeftEmptyAndRemovedByClear() {
        int id = create(carrier("TransmissionSecretSealed", PASSWORD, "ApiKeySealed", "api-KEY-4711"));
        String sealed = column("select TransmissionSecretSealed from CAT_Carrier where CAT_Carrier_ID = ?", id);
        assertNotEquals(PASSWORD, sealed);
        assertFalse(sealed.contains(PASSWORD));
        assertEquals(PASSWORD, secrets.open(sealed));
        assertEquals("api-KEY-4711", secrets.open(column("select ApiKeySealed from CAT_Carrier where CAT_Carrier_ID = ?", id)));

        String page = ada.get("/catura/carriers/" + id).body();
        assertFalse(page.contains(PASSWORD), "the password is never rendered");
        assertFalse(page.contains("api-KEY-4711"));
        assertFalse(page.contains(sealed), "nor its sealed form");
        assertTrue(page.contains("id=\"secret-TransmissionSecretSealed\">stored<"), page);
        assertTrue(page.contains("id=\"secret-ReturnSecretSealed\">not set<"), page);

        HttpResponse<String> refused = ada.postFields("/catura/carriers/" + id, fields(carrier("TimeZone", "Nowhere",
                "TransmissionSecretSealed", "typed-but-refused")));
        assertEquals(422, refused.statusCode());
        assertFalse(refused.body().contains("typed-but-refused"), "a typed secret is not sent back either");
        assertEquals(sealed, column("select TransmissionSecretSealed from CAT_Carrier where CAT_Carrier_ID = ?", id));

        assertEquals(302, ada.postFields("/catura/carriers/" + id, fields(carrier("TransmissionSecretSealed", ""))).statusCode());
        assertEquals(sealed, column("select TransmissionSecretSealed from CAT_Carrier where CAT_Carrier_ID = ?", id),
                "an empty field keeps the stored secret");

        assertEquals(302, ada.postFields("/catura/carriers/" + id, fields(carrier("clear_ApiKeySealed", "1")))
                .statusCode());
        assertNull(column("select ApiKeySealed from CAT_Carrier where CAT_Carrier_ID = ?", id));
        assertEquals(sealed, column("select TransmissionSecretSealed from CAT_Carrier where CAT_Carrier_ID = ?", id));
        assertTrue(ada.get("/catura/carriers/" + id).body().contains("id=\"secret-ApiKeySealed\">not set<"));
    }

    @Test
    void aClerkMayLookButNotChangeAndTheNavigationShowsTheCarriers() {
        int id = create(carrier());
        assertTrue(clara.get("/catura/").body().contains("href=\"/catura/carriers\""), "a navigation entry");
        HttpResponse<String> look = clara.get("/catura/carriers/" + id);
        assertEquals(200, look.statusCode());
        assertTrue(look.body().contains("<fieldset class=\"plain\" disabled>"), "read-only for a clerk");
        assertFalse(look.body().contains("Save carrier"));

        HttpResponse<String> change = clara.postFields("/catura/carriers/" + id, fields(carrier("Name", "Clerk's")));
        assertEquals(403, change.statusCode());
        assertTrue(change.body().contains("This needs the admin"), change.body());
        assertEquals("ParcelCo", column("select Name from CAT_Carrier where CAT_Carrier_ID = ?", id));
        assertEquals(403, clara.get("/catura/carriers/new").statusCode());
        HttpResponse<String> forged = ada.postWithoutToken("/catura/carriers/" + id, fields(carrier("Name", "Forged")));
        assertEquals(403, forged.statusCode(), "an admin's post without the CSRF token");
        assertEquals("ParcelCo", column("select Name from CAT_Carrier where CAT_Carrier_ID = ?", id));
        assertEquals(403, clara.post("/catura/carriers/rules/new", "SeqNo", "10", "Name", "x", "RuleCondition", "true",
                "ShippingAction", "ONLY_LEVELS", "ActionValue", "STANDARD").statusCode());
        assertEquals(0, site.count("select count(*) from CAT_ShippingRule"));
    }

    @Test
    void aServiceGetsRatesPerZoneAddedAndRemoved() {
        int carrierId = create(carrier());
        assertEquals(302, ada.post("/catura/carriers/zones/new", "SeqNo", "10", "Value", "de", "Name", "Germany",
                "CountryCodes", "de", "IsActive", "Y").statusCode());
        HttpResponse<String> badZone = ada.post("/catura/carriers/zones/new", "SeqNo", "5", "Value", "islands",
                "Name", "Islands", "CountryCodes", "DE, Germany", "PostalCodes", "25980-259", "IsActive", "Y");
        assertEquals(422, badZone.statusCode());
        assertTrue(badZone.body().contains("&#39;Germany&#39; is none"), badZone.body());
        assertTrue(badZone.body().contains("&#39;25980-259&#39; is neither a prefix nor a range"), badZone.body());
        assertEquals("DE", column("select CountryCodes from CAT_ShippingZone where Value = 'de'"));
        String zone = column("select CAT_ShippingZone_ID::text from CAT_ShippingZone where Value = 'de'");

        HttpResponse<String> bad = ada.post("/catura/carriers/" + carrierId + "/services/new", "Value", "std",
                "Name", "Standard", "ServiceLevel", "STANDARD", "MaxWeight", "-1", "C_Currency_ID", "1", "CODSurcharge",
                "0", "BulkySurcharge", "0", "IslandSurcharge", "abc", "IsActive", "Y");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Above 0, was -1."), bad.body());
        assertTrue(bad.body().contains("A number, like 2.5; &#39;abc&#39; is none."), bad.body());
        assertEquals(0, site.count("select count(*) from CAT_ShippingService"));

        String eur = column("select C_Currency_ID::text from C_Currency where ISO_Code = 'EUR'");
        HttpResponse<String> made = ada.post("/catura/carriers/" + carrierId + "/services/new", "Value", "std",
                "Name", "Standard", "ServiceLevel", "STANDARD", "MaxWeight", "31,5", "C_Currency_ID", eur,
                "CODSurcharge", "2.5", "BulkySurcharge", "0", "IslandSurcharge", "0", "IsCOD", "Y", "CutOffTime",
                "16:00", "IsActive", "Y");
        assertEquals(302, made.statusCode(), made.body());
        String service = column("select CAT_ShippingService_ID::text from CAT_ShippingService where Value = 'std'");
        assertEquals("31.5|Y|N|ada", column("select MaxWeight || '|' || IsCOD || '|' || IsSignature || '|' || ChangedBy"
                + " from CAT_ShippingService where CAT_ShippingService_ID = ?", Integer.parseInt(service)));
        String rates = "/catura/carriers/" + carrierId + "/services/" + service + "/rates";
        assertEquals(302, ada.post(rates, "CAT_ShippingZone_ID", zone, "MaxWeight", "5", "Price", "4.99",
                "TransitDays", "1").statusCode());
        assertEquals(302, ada.post(rates, "CAT_ShippingZone_ID", zone, "MaxWeight", "31.5", "Price", "9.99",
                "TransitDays", "2").statusCode());
        HttpResponse<String> twice = ada.post(rates, "CAT_ShippingZone_ID", zone, "MaxWeight", "5.0", "Price", "1",
                "TransitDays", "1");
        assertEquals(422, twice.statusCode());
        assertTrue(twice.body().contains("has a rate for this zone up to 5.0 kg already"), twice.body());
        HttpResponse<String> unknownZone = ada.post(rates, "CAT_ShippingZone_ID", "42", "MaxWeight", "5", "Price", "1",
                "TransitDays", "1");
        assertEquals(422, unknownZone.statusCode());
        assertEquals(2, site.count("select count(*) from CAT_ShippingRate"));

        String page = ada.get("/catura/carriers/" + carrierId + "/services/" + service).body();
        assertTrue(page.contains("<td class=\"num\">4.99</td>"), page);
        String rate = column("select CAT_ShippingRate_ID::text from CAT_ShippingRate where Price = 4.99");
        assertEquals(302, ada.post(rates + "/" + rate + "/remove").statusCode());
        assertEquals(1, site.count("select count(*) from CAT_ShippingRate"));
        assertEquals(404, ada.post(rates + "/" + rate + "/remove").statusCode());
    }

    @Test
    void aRuleWithAConditionTheMatrixCannotParseIsRefusedWithTheParseError() {
        HttpResponse<String> bad = ada.post("/catura/carriers/rules/new", "SeqNo", "10", "Name", "Prime next day",
                "RuleCondition", "prime && country ==", "ShippingAction", "ONLY_LEVELS", "ActionValue",
                "NEXT_DAY, WARP", "IsActive", "Y");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("id=\"error-RuleCondition\""), bad.body());
        assertTrue(bad.body().contains("Not a JEXL expression:"), bad.body());
        assertTrue(bad.body().contains("(line 1, column"), "where the parser stopped");
        assertFalse(bad.body().contains("RuleConditions"), "no Java class names");
        assertTrue(bad.body().contains("&#39;WARP&#39; is no service level"), bad.body());
        assertTrue(bad.body().contains("prime &amp;&amp; country ==</textarea>"), "the condition as typed");
        assertEquals(0, site.count("select count(*) from CAT_ShippingRule"));

        assertEquals(302, ada.post("/catura/carriers/rules/new", "SeqNo", "10", "Name", "Prime next day",
                "RuleCondition", "prime && country == 'DE'", "ShippingAction", "ONLY_LEVELS", "ActionValue",
                "NEXT_DAY, SAME_DAY", "IsActive", "Y").statusCode());
        assertEquals("prime && country == 'DE'|ada", column("select RuleCondition || '|' || ChangedBy from CAT_ShippingRule"));
        String id = column("select CAT_ShippingRule_ID::text from CAT_ShippingRule");
        assertEquals(302, ada.post("/catura/carriers/rules/" + id, "SeqNo", "20", "Name", "Prime next day",
                "RuleCondition", "prime", "ShippingAction", "ONLY_LEVELS", "ActionValue", "NEXT_DAY").statusCode());
        assertEquals("20|N|prime", column("select SeqNo || '|' || IsActive || '|' || RuleCondition from CAT_ShippingRule"));
        assertTrue(clara.get("/catura/carriers/rules").body().contains("Prime next day"));
    }
}
