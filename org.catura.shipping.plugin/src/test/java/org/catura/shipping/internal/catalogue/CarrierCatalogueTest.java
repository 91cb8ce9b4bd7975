package org.catura.shipping.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.shipping.api.Carrier;
import org.catura.shipping.api.CarrierKind;
import org.catura.shipping.api.CatalogueException;
import org.catura.shipping.api.CatalogueImport;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalogue document on the embedded ERP: the example, every kind of problem, upserts, secrets, the round trip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarrierCatalogueTest {

    static final Path EXAMPLE = Path.of("../runtime/examples/carriers.json");
    private static final List<String> TABLES = List.of("CAT_Carrier", "CAT_ShippingZone", "CAT_ShippingService",
            "CAT_ShippingRate", "CAT_ShippingRule");

    private final ObjectMapper mapper = new ObjectMapper();
    private final AesGcmSecrets secrets = new AesGcmSecrets(new byte[32]);
    private TestDatabase database;
    private Database db;
    private CatalogueService catalogue;
    private final CarriersStore carriers = new CarriersStore();

    @BeforeAll
    void start() {
        database = TestDatabase.prepared("shipping-choice", d -> {
            new ErpComponent(d);
            d.inTransaction(tx -> new MasterData().seedDemo(tx));
            ShippingSchema.migrate(d);
        });
        db = database.database();
        catalogue = new CatalogueService(new ErpComponent(db), secrets);
    }

    @AfterAll
    void stop() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void empty() {
        tx(t -> Sql.update(t, """
                delete from shipping_decision; delete from CAT_ShippingRule; delete from CAT_ShippingRate;
                delete from CAT_ShippingService; delete from CAT_ShippingZone; delete from CAT_Carrier"""));
    }

    @Test
    void theExampleImportsCleanly() throws Exception {
        CatalogueImport r = importJson(example());

        assertEquals(4, r.carriersAdded());
        assertEquals(0, r.carriersUpdated());
        assertEquals(5, r.zones());
        assertEquals(6, r.services());
        assertEquals(25, r.rates());
        assertEquals(3, r.rules());
        assertEquals(List.of(4L, 5L, 6L, 25L, 3L), counts());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("carriers[1].transmission.secret: the GKP password")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("carriers[3].return.secret: no callback token")),
                r.warnings().toString());

        Carrier dhl = tx(t -> carriers.find(t, "DHL")).orElseThrow();
        assertEquals("dhl", dhl.value());
        assertEquals(CarrierKind.PARCEL, dhl.kind());
        assertEquals("DHL", dhl.amazonCarrierCode());
        assertEquals("https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=003404341606",
                dhl.trackingUrl("003404341606").orElseThrow());
        int main = tx(t -> Sql.one(t, "select M_Warehouse_ID from M_Warehouse where Value = 'MAIN'", rs -> rs.getInt(1))
                .orElseThrow());
        assertEquals(main, dhl.warehouseId());
        assertEquals(dhl, tx(t -> carriers.get(t, dhl.id())).orElseThrow());
        assertEquals(List.of("dhl", "dpd", "fulfilment", "lager"), tx(t -> carriers.list(t)).stream()
                .map(Carrier::value).toList());
        int partnerWarehouse = tx(t -> carriers.find(t, "fulfilment")).orElseThrow().warehouseId();
        assertEquals("3PL", database.text("select Value from M_Warehouse where M_Warehouse_ID = ?", partnerWarehouse));
        assertEquals("25849,25859,25863,25869,25938-25946,25980-25999,26465,26474,26486,26548,26571,26579,26757,27498,27499",
                database.text("select PostalCodes from CAT_ShippingZone where Value = 'DE_ISLANDS'"));
        assertEquals("EUR", database.text("""
                select c.ISO_Code from CAT_ShippingService s join C_Currency c on c.C_Currency_ID = s.C_Currency_ID
                 where s.Value = 'paket'""").strip());
        assertEquals("ONLY_LEVELS", database.text(
                "select ShippingAction from CAT_ShippingRule where Name = 'Prime orders: express only'"));
    }

    @Test
    void everyProblemIsReportedWithItsPlaceAndNothingIsWritten() throws Exception {
        importJson(example());
        List<Long> before = counts();
        ObjectNode doc = example();
        ObjectNode dhl = carrier(doc, "dhl");
        dhl.put("kind", "COURIER");
        dhl.put("colour", "yellow");
        dhl.put("trackingUrl", "https://www.dhl.de/track");
        dhl.with("watchdog").put("workDayStart", "8:00").put("timeZone", "Europe/Berln");
        ObjectNode paket = (ObjectNode) dhl.withArray("services").get(0);
        paket.put("maxWeightKg", -1).put("currency", "XYZ").put("serviceLevel", "FAST");
        ((ObjectNode) paket.withArray("rates").get(2)).put("zone", "XX");
        ((ObjectNode) paket.withArray("rates").get(1)).put("maxWeightKg", 2);
        ObjectNode dpd = carrier(doc, "dpd");
        dpd.put("value", "DHL");
        dpd.with("transmission").remove("host");
        carrier(doc, "lager").put("warehouse", "NOWHERE");
        ((ObjectNode) doc.withArray("zones").get(1)).putArray("countries").add("Germany");
        ((ObjectNode) doc.withArray("zones").get(0)).put("postalCodes", "25999-25980");
        ObjectNode rule = (ObjectNode) doc.withArray("rules").get(0);
        rule.put("condition", "prime &&");
        ((ObjectNode) doc.withArray("rules").get(1)).put("condition", "primer");
        ((ObjectNode) doc.withArray("rules").get(2)).put("value", "hermes");

        CatalogueException e = assertThrows(CatalogueException.class, () -> importJson(doc));
        List<String> problems = e.problems();
        expect(problems, "carriers[1].kind: 'COURIER' is not one of IN_HOUSE, PARCEL, FULFILMENT");
        expect(problems, "carriers[1].colour: unknown field; known here: value, name, kind");
        expect(problems, "carriers[1].trackingUrl: 'https://www.dhl.de/track' has no {trackingNo}");
        expect(problems, "carriers[1].watchdog.workDayStart: '8:00' is no time of day as HH:mm");
        expect(problems, "carriers[1].watchdog.timeZone: 'Europe/Berln' is no time zone");
        expect(problems, "carriers[1].services[0].maxWeightKg: -1 is negative");
        expect(problems, "carriers[1].services[0].currency: 'XYZ' is no currency");
        expect(problems, "carriers[1].services[0].serviceLevel: 'FAST' is not one of STANDARD, EXPRESS, NEXT_DAY, SAME_DAY");
        expect(problems, "carriers[1].services[0].rates[2].zone: no zone 'XX' in the document or the tenant");
        expect(problems, "carriers[1].services[0].rates[1].maxWeightKg: zone DE_ISLANDS up to 2 kg appears twice "
                + "(also carriers[1].services[0].rates[0])");
        expect(problems, "carriers[2].value: 'DHL' appears twice (also carriers[1])");
        expect(problems, "carriers[2].transmission.host: is required for channel SFTP");
        expect(problems, "carriers[0].warehouse: no warehouse 'NOWHERE'; the ERP has ");
        expect(problems, "zones[1].countries: 'Germany' is no two-letter country code");
        expect(problems, "zones[0].postalCodes: '25999-25980': the range ends before it starts");
        expect(problems, "rules[0].condition: 'prime &&' is no JEXL expression");
        expect(problems, "rules[1].condition: 'primer' reads primer, which is no fact; the facts are ageCheck, ");
        expect(problems, "rules[2].value: no carrier 'hermes' in the document or the tenant");
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(before, counts());
        assertEquals("DHL", database.text("select Name from CAT_Carrier where Value = 'dhl'"));
    }

    @Test
    void aDocumentThatIsNoJsonNamesLineAndColumn() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> tx(t -> catalogue.importJson(t,
                new StringReader("{\n  \"zones\": [\n    {\"value\": \"DE\",}\n  ]\n}"))));
        assertTrue(e.problems().get(0).startsWith("line 3, column "), e.problems().toString());
        CatalogueException twice = assertThrows(CatalogueException.class, () -> tx(t -> catalogue.importJson(t,
                new StringReader("{\"zones\": [], \"zones\": []}"))));
        assertTrue(twice.problems().get(0).contains("Duplicate field 'zones'"), twice.problems().toString());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), counts());
    }

    @Test
    void aSecondImportUpdatesInPlaceAndReplacesAServicesRates() throws Exception {
        importJson(example());
        int dhlId = id("select CAT_Carrier_ID from CAT_Carrier where Value = 'dhl'");
        int paketId = id("select CAT_ShippingService_ID from CAT_ShippingService where Value = 'paket'");
        int zoneId = id("select CAT_ShippingZone_ID from CAT_ShippingZone where Value = 'DE'");
        int ruleId = id("select CAT_ShippingRule_ID from CAT_ShippingRule where Name = 'Prime orders: express only'");
        int rateId = id("""
                select r.CAT_ShippingRate_ID from CAT_ShippingRate r join CAT_ShippingZone z using (CAT_ShippingZone_ID)
                 where r.CAT_ShippingService_ID = ? and z.Value = 'DE' and r.MaxWeight = 2""", paketId);

        ObjectNode doc = example();
        ObjectNode dhl = carrier(doc, "dhl");
        dhl.put("name", "DHL Paket GmbH");
        dhl.with("watchdog").put("workDayEnd", "24:00"); // midnight, as the watchdog's WorkingHours reads it
        ArrayNode rates = (ArrayNode) dhl.withArray("services").get(0).withArray("rates");
        ((ObjectNode) rates.get(4)).put("price", 4.79);
        rates.remove(7); // DE up to 31.5 kg
        ((ObjectNode) doc.withArray("zones").get(1)).put("name", "Deutschland (Festland)");
        ((ObjectNode) doc.withArray("rules").get(0)).put("seqNo", 5);
        ArrayNode all = doc.withArray("carriers");
        all.remove(2); // dpd stays in the tenant
        CatalogueImport r = importJson(doc);

        assertEquals(0, r.carriersAdded());
        assertEquals(3, r.carriersUpdated());
        assertEquals(dhlId, id("select CAT_Carrier_ID from CAT_Carrier where Value = 'dhl'"));
        assertEquals("DHL Paket GmbH", database.text("select Name from CAT_Carrier where CAT_Carrier_ID = ?", dhlId));
        assertEquals("24:00", database.text("select WorkDayEnd from CAT_Carrier where CAT_Carrier_ID = ?", dhlId));
        assertEquals(paketId, id("select CAT_ShippingService_ID from CAT_ShippingService where Value = 'paket'"));
        assertEquals(zoneId, id("select CAT_ShippingZone_ID from CAT_ShippingZone where Value = 'DE'"));
        assertEquals(ruleId, id("select CAT_ShippingRule_ID from CAT_ShippingRule where Name = 'Prime orders: express only'"));
        assertEquals("5", database.text("select SeqNo::text from CAT_ShippingRule where CAT_ShippingRule_ID = ?", ruleId));
        assertEquals("4.79", database.text("select Price::text from CAT_ShippingRate where CAT_ShippingRate_ID = ?", rateId));
        assertEquals(7, database.count("select count(*) from CAT_ShippingRate where CAT_ShippingService_ID = ?", paketId));
        assertEquals(0, database.count("""
                select count(*) from CAT_ShippingRate r join CAT_ShippingZone z using (CAT_ShippingZone_ID)
                 where r.CAT_ShippingService_ID = ? and z.Value = 'DE' and r.MaxWeight = 31.5""", paketId));
        assertEquals(4, database.count("select count(*) from CAT_Carrier"));
        assertTrue(r.warnings().contains("carriers in the tenant but not in the document, kept as they are (never "
                + "deleted; \"active\": false retires one): dpd"), r.warnings().toString());
        assertTrue(r.warnings().contains("carriers[1].services[0]: 1 stored rate(s) of service paket not in the "
                + "document removed"), r.warnings().toString());
    }

    @Test
    void secretsAreSealedNeverExportedAndKeptWhenAbsent() throws Exception {
        ObjectNode doc = example();
        ObjectNode dhl = carrier(doc, "dhl");
        dhl.with("transmission").put("secret", "gkp-Passwort-1").put("apiKey", "dhl-app-key-2");
        carrier(doc, "fulfilment").with("return").put("secret", "callback-token-0123456789");
        CatalogueImport first = importJson(doc);
        assertFalse(first.warnings().stream().anyMatch(w -> w.contains("secret") || w.contains("apiKey")),
                first.warnings().toString());

        String sealed = database.text("select TransmissionSecretSealed from CAT_Carrier where Value = 'dhl'");
        String apiKey = database.text("select ApiKeySealed from CAT_Carrier where Value = 'dhl'");
        String token = database.text("select ReturnSecretSealed from CAT_Carrier where Value = 'fulfilment'");
        assertNotEquals("gkp-Passwort-1", sealed);
        assertFalse(sealed.contains("gkp-Passwort-1"));
        assertEquals("gkp-Passwort-1", secrets.open(sealed));
        assertEquals("dhl-app-key-2", secrets.open(apiKey));
        assertEquals("callback-token-0123456789", secrets.open(token));

        String exported = tx(t -> catalogue.exportJson(t));
        for (String plain : List.of("gkp-Passwort-1", "dhl-app-key-2", "callback-token-0123456789", sealed, token)) {
            assertFalse(exported.contains(plain), "export shows a secret");
        }
        JsonNode out = mapper.readTree(exported);
        for (JsonNode c : out.get("carriers")) {
            assertFalse(c.get("transmission").has("secret") || c.get("transmission").has("apiKey")
                    || c.get("return").has("secret"), c.toString());
        }

        CatalogueImport again = tx(t -> catalogue.importJson(t, new StringReader(exported)));
        assertFalse(again.warnings().stream().anyMatch(w -> w.contains("secret") || w.contains("apiKey")),
                again.warnings().toString());
        assertEquals(sealed, database.text("select TransmissionSecretSealed from CAT_Carrier where Value = 'dhl'"));
        assertEquals(token, database.text("select ReturnSecretSealed from CAT_Carrier where Value = 'fulfilment'"));

        ObjectNode cleared = (ObjectNode) mapper.readTree(exported);
        carrier(cleared, "dhl").with("transmission").put("apiKey", "");
        importJson(cleared);
        assertNull(database.text("select ApiKeySealed from CAT_Carrier where Value = 'dhl'"));
        assertEquals(sealed, database.text("select TransmissionSecretSealed from CAT_Carrier where Value = 'dhl'"));
    }

    @Test
    void theExportImportsBackToTheSameState() throws Exception {
        importJson(example());
        List<Long> counts = counts();
        String ids = database.text("select string_agg(CAT_ShippingRate_ID::text, ',' order by CAT_ShippingRate_ID) "
                + "from CAT_ShippingRate");
        String exported = tx(t -> catalogue.exportJson(t));

        CatalogueImport r = tx(t -> catalogue.importJson(t, new StringReader(exported)));

        assertEquals(4, r.carriersUpdated());
        assertEquals(exported, tx(t -> catalogue.exportJson(t)));
        assertEquals(counts, counts());
        assertEquals(ids, database.text("select string_agg(CAT_ShippingRate_ID::text, ',' order by CAT_ShippingRate_ID) "
                + "from CAT_ShippingRate"));
        JsonNode out = mapper.readTree(exported);
        JsonNode paket = out.get("carriers").get(0).get("services").get(0);
        assertEquals("dhl", out.get("carriers").get(0).get("value").asText());
        assertEquals("MAIN", out.get("carriers").get(0).get("warehouse").asText());
        assertEquals("31.5", paket.get("maxWeightKg").asText());
        assertEquals("EUR", paket.get("currency").asText());
        assertEquals("DE_ISLANDS", out.get("zones").get(0).get("value").asText());
        // the example as written and the export describe the same catalogue
        JsonNode example = example();
        assertEquals(example.get("rules").get(0).get("condition"), out.get("rules").get(0).get("condition"));
        assertEquals(example.get("zones").size(), out.get("zones").size());
    }

    @Test
    void theFullExampleOfTheDocumentationImportsAndExportsEveryField() throws Exception {
        String doc = Files.readString(Path.of("docs/catalogue.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json", doc.indexOf("## A full example")) + "```json".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        CatalogueImport r = tx(t -> catalogue.importJson(t, new StringReader(json)));

        assertEquals(1, r.carriersAdded());
        assertEquals(List.of(1L, 3L, 1L, 4L, 1L), counts());
        assertEquals("the SFTP password", secrets.open(database.text(
                "select ReturnSecretSealed from CAT_Carrier where Value = 'dpd'")));
        JsonNode written = mapper.readTree(json).get("carriers").get(0);
        String export = tx(t -> catalogue.exportJson(t));
        JsonNode exported = mapper.readTree(export).get("carriers").get(0);
        ObjectNode expected = written.deepCopy();
        expected.with("transmission").remove(List.of("secret", "apiKey"));
        expected.with("return").remove("secret");
        assertEquals(mapper.writeValueAsString(sorted(expected)), mapper.writeValueAsString(sorted(exported)));
    }

    /** A JSON tree with its object fields in alphabetical order, numbers as plain decimals. */
    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = mapper.createObjectNode();
            List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(n -> out.set(n, sorted(node.get(n))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = mapper.createArrayNode();
            node.forEach(e -> out.add(sorted(e)));
            return out;
        }
        if (node.isNumber()) {
            return mapper.getNodeFactory().textNode(node.decimalValue().stripTrailingZeros().toPlainString());
        }
        return node;
    }

    private static void expect(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), "no problem '" + start + "…' in:\n  "
                + String.join("\n  ", problems));
    }

    private ObjectNode example() throws Exception {
        return (ObjectNode) mapper.readTree(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }

    private static ObjectNode carrier(ObjectNode doc, String value) {
        for (JsonNode c : doc.withArray("carriers")) {
            if (c.get("value").asText().equals(value)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no carrier " + value);
    }

    private CatalogueImport importJson(JsonNode doc) throws Exception {
        String json = mapper.writeValueAsString(doc);
        return tx(t -> catalogue.importJson(t, new StringReader(json)));
    }

    private List<Long> counts() {
        return TABLES.stream().map(t -> database.count("select count(*) from " + t)).toList();
    }

    private int id(String sql, Object... params) {
        int id = (int) database.count(sql, params);
        assertTrue(id > 0, "no row: " + sql);
        return id;
    }

    private <T> T tx(TxWork<T> work) {
        return db.inTransaction(work);
    }
}
