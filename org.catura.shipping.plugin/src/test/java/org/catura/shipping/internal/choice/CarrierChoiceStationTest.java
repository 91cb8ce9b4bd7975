package org.catura.shipping.internal.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.testing.EngineDriver;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The carrier-choice station on the embedded ERP, with the catalogue in the CAT_ tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarrierChoiceStationTest {

    private TestDatabase database;
    private Database db;
    private Erp erp;
    private ProcessStore process;
    private EngineDriver driver;
    private int next = 1000100;

    @BeforeAll
    void start() {
        database = TestDatabase.prepared("shipping-choice", d -> {
            new ErpComponent(d);
            d.inTransaction(tx -> new MasterData().seedDemo(tx));
            ShippingSchema.migrate(d);
        });
        db = database.database();
        erp = new ErpComponent(db);
        ProcessEngine engine = new ProcessEngine(db, new ProcessSettings(2, Duration.ofMillis(5), Duration.ofMillis(5),
                20, Duration.ofMinutes(1), Duration.ofMillis(5)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new Release(erp));
        engine.addStation(new DeliveryNoteStation(erp));
        engine.addStation(new CarrierChoiceStation(erp, null));
        process = new ProcessStore(engine);
        driver = new EngineDriver(db, engine, process);
    }

    @AfterAll
    void stop() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void catalogue() {
        tx(t -> Sql.update(t, """
                delete from shipping_decision; delete from CAT_ShippingRule; delete from CAT_ShippingRate;
                delete from CAT_ShippingService; delete from CAT_ShippingZone; delete from CAT_Carrier"""));
        int main = tx(t -> Sql.one(t, "select M_Warehouse_ID from M_Warehouse where Value = 'MAIN'",
                rs -> rs.getInt(1)).orElseThrow());
        int de = insert("CAT_ShippingZone", "SeqNo, Value, Name, CountryCodes", 20, "DE", "Germany", "DE");
        int dhl = insert("CAT_Carrier", "Value, Name, CarrierKind, M_Warehouse_ID", "dhl", "DHL", "PARCEL", main);
        int hermes = insert("CAT_Carrier", "Value, Name, CarrierKind, M_Warehouse_ID", "hermes", "Hermes", "PARCEL", main);
        int paket = service(dhl, "paket", "DHL Paket", "31.5");
        int small = service(hermes, "paeckchen", "Hermes Päckchen", "0.05");
        rate(paket, de, "31.5", "4.99", 2);
        rate(small, de, "0.05", "3.20", 3);
    }

    @Test
    void theCheapestEligibleServiceIsChosenAndSetOnTheDeliveryNote() throws Exception {
        long order = order("302-1000001-0000001");
        OrderProcessView view = driver.runUntil(order, OrderState.CARRIER_CHOSEN);

        int shipment = view.documents().get(DocumentKind.SHIPMENT);
        assertEquals("DHL", tx(t -> erp.shipments().get(t, shipment)).orElseThrow().shipperName());
        JsonNode decision = new ObjectMapper().readTree(database.text(
                "select decision::text from shipping_decision where shipment_id = ?", shipment));
        assertEquals("dhl/paket", decision.get("chosen").asText());
        assertEquals("DE", decision.get("facts").get("zone").asText());
        JsonNode excluded = decision.get("candidates").get(1);
        assertEquals(false, excluded.get("eligible").asBoolean());
        assertTrue(excluded.get("reasons").get(0).asText().matches("weight [0-9.]+ kg > 0.05 kg max"), excluded.toString());
        assertTrue(database.text("select summary from shipping_decision where shipment_id = ?", shipment)
                .startsWith("DHL Paket (DHL): 4.99 EUR, 2 days"));
    }

    @Test
    void withNoEligibleServiceTheOrderGoesToTheManualQueueWithTheReasons() {
        tx(t -> Sql.update(t, "update CAT_ShippingService set IsActive = 'N' where Value = 'paket'"));
        long order = order("302-1000001-0000002");
        OrderProcessView view = driver.runUntil(order, OrderState.MANUAL_QUEUE);

        String last = tx(t -> process.timeline(t, order)).stream().reduce((a, b) -> b).orElseThrow().message();
        assertTrue(last.startsWith("No carrier service can take delivery note"), last);
        assertTrue(last.contains("DHL Paket: service inactive"), last);
        assertTrue(last.contains("Hermes Päckchen: weight"), last);
        assertEquals(1, database.count("select count(*) from shipping_decision where service_id is null and order_id = ?",
                view.orderId()));
    }

    @Test
    void withoutAnyServiceConfiguredTheOrderWaitsAtItsDeliveryNote() {
        tx(t -> Sql.update(t, "delete from CAT_ShippingRate; delete from CAT_ShippingService"));
        long order = order("302-1000001-0000004");
        OrderProcessView view = driver.runUntil(order, v -> v.state() == OrderState.SHIPMENT_CREATED
                && v.nextAttemptAt() != null && v.nextAttemptAt().isAfter(java.time.Instant.now().plusSeconds(600)));
        assertEquals(OrderState.SHIPMENT_CREATED, view.state());
        String last = tx(t -> process.timeline(t, order)).stream().reduce((a, b) -> b).orElseThrow().message();
        assertTrue(last.startsWith("Delivery note") || last.contains("No carrier service is configured"), last);
        assertEquals(0, database.count("select count(*) from shipping_decision where order_id = ?", order));
    }

    @Test
    void aPriorityRuleDecidesFirst() {
        insert("CAT_ShippingRule", "SeqNo, Name, RuleCondition, ShippingAction, ActionValue",
                10, "Germany by Hermes", "country == 'DE'", "ONLY_CARRIERS", "hermes");
        long order = order("302-1000001-0000003");
        driver.runUntil(order, OrderState.MANUAL_QUEUE);
        String last = tx(t -> process.timeline(t, order)).stream().reduce((a, b) -> b).orElseThrow().message();
        assertTrue(last.contains("DHL Paket: rule 'Germany by Hermes': only carriers hermes"), last);
    }

    @Test
    void theExampleCatalogueImportedDecidesAnIslandOrder() throws Exception {
        tx(t -> Sql.update(t, """
                delete from CAT_ShippingRate; delete from CAT_ShippingService; delete from CAT_ShippingZone;
                delete from CAT_Carrier"""));
        String example = java.nio.file.Files.readString(java.nio.file.Path.of("../runtime/examples/carriers.json"));
        tx(t -> new org.catura.shipping.internal.catalogue.CatalogueService(erp,
                new org.catura.core.api.secret.AesGcmSecrets(new byte[32])).importJson(t, new java.io.StringReader(example)));
        long order = tx(t -> process.handIn(t, TestOrder.of("302-1000001-0000005").line("CAT-MUG-001", 1, "9.99")
                .shipTo(TestOrder.address("Inge Hansen", "Strandweg 3", "25980", "Sylt", "DE")).build(), null)).orderId();
        OrderProcessView view = driver.runUntil(order, OrderState.CARRIER_CHOSEN);

        JsonNode decision = new ObjectMapper().readTree(database.text(
                "select decision::text from shipping_decision where shipment_id = ?",
                view.documents().get(DocumentKind.SHIPMENT)));
        assertEquals("DE_ISLANDS", decision.get("facts").get("zone").asText(), decision.toString());
        assertTrue(java.util.Set.of("lager/warenpost", "dhl/paket", "dpd/classic").contains(
                decision.get("chosen").asText()), decision.toString());
        assertEquals(6, decision.get("candidates").size(), decision.toString());
    }

    private long order(String id) {
        return tx(t -> process.handIn(t, TestOrder.of(id).line("CAT-MUG-001", 1, "9.99").build(), null)).orderId();
    }

    private int service(int carrier, String value, String name, String maxKg) {
        return insert("CAT_ShippingService", "CAT_Carrier_ID, Value, Name, MaxWeight, C_Currency_ID", carrier, value,
                name, new java.math.BigDecimal(maxKg), tx(t -> Sql.one(t,
                "select C_Currency_ID from C_Currency where ISO_Code = 'EUR'", rs -> rs.getInt(1)).orElseThrow()));
    }

    private void rate(int service, int zone, String maxKg, String price, int days) {
        insert("CAT_ShippingRate", "CAT_ShippingService_ID, CAT_ShippingZone_ID, MaxWeight, Price, TransitDays",
                service, zone, new java.math.BigDecimal(maxKg), new java.math.BigDecimal(price), days);
    }

    private int insert(String table, String columns, Object... values) {
        int id = next++;
        String marks = "?, ".repeat(values.length);
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        tx(t -> Sql.update(t, "insert into " + table + " (" + table + "_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, "
                + columns + ") values (?, " + t.clientId() + ", 0, 100, 100, " + marks.substring(0, marks.length() - 2)
                + ")", all));
        return id;
    }

    private <T> T tx(TxWork<T> work) {
        return db.inTransaction(work);
    }

    /** Stand-in for release: completes the sales order, as the release station does. */
    private static final class Release implements Station {
        private final Erp erp;

        Release(Erp erp) {
            this.erp = erp;
        }

        @Override
        public String name() {
            return "release";
        }

        @Override
        public OrderState input() {
            return OrderState.ORDER_ENTERED;
        }

        @Override
        public StationResult process(StationContext ctx) {
            erp.salesOrders().process(ctx.tx(), ctx.document(DocumentKind.SALES_ORDER).orElseThrow(), DocAction.COMPLETE);
            return StationResult.advance(OrderState.RELEASED, "Released");
        }
    }
}
