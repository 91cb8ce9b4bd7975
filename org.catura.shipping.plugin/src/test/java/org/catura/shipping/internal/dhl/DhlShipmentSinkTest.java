package org.catura.shipping.internal.dhl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyDetails;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpParts;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.internal.process.ProcessStore;
import org.catura.sandbox.carrier.DhlParcelDeSandbox;
import org.catura.sandbox.carrier.DhlSandboxCall;
import org.catura.sandbox.carrier.DhlSandboxFault;
import org.catura.sandbox.carrier.DhlSandboxSettings;
import org.catura.shipping.api.ShippingReferences;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DHL sink against the DHL sandbox over real HTTP, on PostgreSQL with the shipping tables. */
class DhlShipmentSinkTest {

    static final String API_KEY = "test-api-key-4711";
    static TestDatabase database;
    static DhlParcelDeSandbox dhl;
    static AesGcmSecrets secrets;
    static long orderId;
    static final AtomicInteger shipmentIds = new AtomicInteger(1000100);
    static final ObjectMapper JSON = new ObjectMapper();

    final TestConfirmations confirmations = new TestConfirmations();
    DhlShipmentSink sink;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("shipping");
        dhl = new DhlParcelDeSandbox(DhlSandboxSettings.defaults()
                .withCredentials(API_KEY, "gkp-user", "gkp-password").withLateBy(Duration.ofSeconds(3))).start();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        secrets = new AesGcmSecrets(key);
        ProcessStore process = new ProcessStore(Set::of);
        orderId = database.tx(tx -> process.handIn(tx, TestOrder.order("302-1234567-7654321"), null)).orderId();
        database.execute("""
                insert into CAT_Carrier (CAT_Carrier_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name,
                       CarrierKind, M_Warehouse_ID, TransmissionChannel, TransmissionPath, TransmissionUser,
                       TransmissionSecretSealed, ApiKeySealed, AccountNo, ReturnChannel)
                values (1000001, 1000000, 0, 100, 100, 'dhl', 'DHL', 'PARCEL', 1000000, 'DHL_PARCEL_DE', ?, 'gkp-user',
                        ?, ?, '33333333330102', 'API')""", dhl.ordersUrl().toString(), secrets.seal("gkp-password"),
                secrets.seal(API_KEY));
        database.execute("""
                insert into CAT_ShippingService (CAT_ShippingService_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy,
                       CAT_Carrier_ID, Value, Name, CarrierProduct, MaxWeight, C_Currency_ID)
                values (1000002, 1000000, 0, 100, 100, 1000001, 'paket', 'DHL Paket', 'V01PAK', 31.5, 102)""");
    }

    @AfterAll
    static void stop() {
        dhl.close();
        database.close();
    }

    @BeforeEach
    void fresh() {
        dhl.clear();
        sink = sink(Duration.ofSeconds(10));
    }

    DhlShipmentSink sink(Duration timeout) {
        return new DhlShipmentSink(database.database(), new ErpParts(null, null, null, null, null, new OneShipment(),
                null, null, new Seller()), new ProcessStore(Set::of), secrets, confirmations, Duration.ofSeconds(2),
                timeout, Clock.systemUTC());
    }

    /** A shipment decided for DHL Paket at {@code weightKg} and transmitted; its outbox message. */
    static OutboxMessage transmitted(String weightKg) {
        int id = shipmentIds.incrementAndGet();
        String reference = ShippingReferences.of(id);
        database.execute("""
                insert into shipping_decision (shipment_id, order_id, decided_at, service_id, carrier, service,
                       weight_kg, length_cm, width_cm, height_cm, summary, decision)
                values (?, ?, now(), 1000002, 'dhl', 'paket', ?::numeric, 40, 30, 20, 'DHL Paket', '{}'::jsonb)""",
                id, orderId, weightKg);
        database.execute("""
                insert into shipping_transmission (shipment_id, order_id, carrier_id, reference, channel,
                       idempotency_key, transmitted_at)
                values (?, ?, 1000001, ?, 'DHL_PARCEL_DE', ?, now())""", id, orderId, reference,
                "shipping:" + id + ":dhl");
        String payload = "{\"shipmentId\":" + id + ",\"orderId\":" + orderId + ",\"reference\":\"" + reference
                + "\",\"carrier\":\"dhl\"}";
        return new OutboxMessage(id, DhlShipmentSink.TOPIC, "shipping:" + id + ":dhl", payload, 1);
    }

    static int shipmentId(OutboxMessage m) {
        return (int) m.id();
    }

    @Test
    void aGoodShipmentIsCreatedOnceRecordedWithDhlsNumberAndItsLabelStored() throws Exception {
        OutboxMessage message = transmitted("2.4");

        sink.deliver(message);

        assertEquals(1, dhl.shipments().size());
        String shipmentNo = dhl.shipments().get(0).shipmentNo();
        assertTrue(shipmentNo.matches("\\d{12}"), shipmentNo);
        assertEquals(shipmentNo, database.text("select tracking_no from shipping_parcel where shipment_id = ?",
                shipmentId(message)));
        String pdf = database.text("select convert_from(substring(label_pdf from 1 for 8), 'LATIN1') from shipping_parcel"
                + " where shipment_id = ?", shipmentId(message));
        assertEquals("%PDF-1.4", pdf);
        assertEquals(0, database.count("select count(*) from shipping_dhl_answer"));
        String raw = database.text("select convert_from(content, 'UTF8') from shipping_message where outcome = 'RECORDED'"
                + " order by message_id desc limit 1");
        assertTrue(raw.contains(shipmentNo) && !raw.contains("JVBERi"), "raw kept without the label's Base64: " + raw);

        DhlSandboxCall call = dhl.calls().get(0);
        assertEquals("docFormat=PDF", call.query());
        JsonNode shipment = JSON.readTree(call.body()).get("shipments").get(0);
        assertEquals("STANDARD_GRUPPENPROFIL", JSON.readTree(call.body()).get("profile").asText());
        assertEquals("V01PAK", shipment.get("product").asText());
        assertEquals("33333333330102", shipment.get("billingNumber").asText());
        assertEquals(ShippingReferences.of(shipmentId(message)), shipment.get("refNo").asText());
        assertEquals("{\"uom\":\"g\",\"value\":2400}", shipment.get("details").get("weight").toString());
        assertEquals("Hauptstraße", shipment.get("consignee").get("addressStreet").asText());
        assertEquals("5", shipment.get("consignee").get("addressHouse").asText());
        assertEquals("DEU", shipment.get("consignee").get("country").asText());
        assertFalse(shipment.get("consignee").has("phone"), "no phone without the buyer's consent");
        assertEquals("Catura Handels GmbH", shipment.get("shipper").get("name1").asText());
        assertEquals("Musterweg", shipment.get("shipper").get("addressStreet").asText());
        assertEquals("12a", shipment.get("shipper").get("addressHouse").asText());
        PublishedModel.check(JSON.readTree(call.body()));

        sink.deliver(message);
        assertEquals(1, dhl.calls().size(), "parcels recorded: DHL is not asked again");
    }

    @Test
    void dhlsValidationMessagesParkTheMessageAndAreKeptAsARejectedCarrierMessage() {
        OutboxMessage message = transmitted("40");

        UndeliverableMessageException e = assertThrows(UndeliverableMessageException.class, () -> sink.deliver(message));

        assertTrue(e.getMessage().contains("DHL refused " + ShippingReferences.of(shipmentId(message)) + " (400)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("details.weight.value: The weight 40000 g exceeds the maximum of 31500 g"),
                e.getMessage());
        assertEquals(0, dhl.shipments().size());
        assertEquals(0, database.count("select count(*) from shipping_parcel where shipment_id = ?", shipmentId(message)));
        assertTrue(database.text("select detail from shipping_message where outcome = 'REJECTED' order by message_id"
                + " desc limit 1").contains("exceeds the maximum"));
    }

    @Test
    void aWrongApiKeyParksTheMessageNamingTheCredentialsAndNeverShowsThem() {
        OutboxMessage message = transmitted("1");
        database.execute("update CAT_Carrier set ApiKeySealed = ? where Value = 'dhl'", secrets.seal("wrong-key"));
        try {
            UndeliverableMessageException e = assertThrows(UndeliverableMessageException.class,
                    () -> sink.deliver(message));
            assertTrue(e.getMessage().contains("DHL refused the login of carrier dhl with 401"), e.getMessage());
            assertTrue(e.getMessage().contains("dhl-api-key"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-key") || e.getMessage().contains("gkp-password"), e.getMessage());
        } finally {
            database.execute("update CAT_Carrier set ApiKeySealed = ? where Value = 'dhl'", secrets.seal(API_KEY));
        }
        assertEquals(0, dhl.shipments().size());
    }

    @Test
    void a429IsTriedAgainAndTheRetryCreatesOneShipment() throws Exception {
        OutboxMessage message = transmitted("1.2");
        dhl.faults().next(DhlSandboxFault.THROTTLE, 1);

        DhlUnavailableException e = assertThrows(DhlUnavailableException.class, () -> sink.deliver(message));
        assertTrue(e.getMessage().contains("DHL answered 429"), e.getMessage());
        sink.deliver(message);

        assertEquals(List.of(429, 200), dhl.calls().stream().map(DhlSandboxCall::status).toList());
        assertEquals(1, dhl.shipments().size());
        assertEquals(1, database.count("select count(*) from shipping_parcel where shipment_id = ?", shipmentId(message)));
    }

    @Test
    void aMalformedAnswerIsParkedAndKeptNamingTheGkpLookUpNothingRecorded() {
        OutboxMessage message = transmitted("1");
        dhl.faults().next(DhlSandboxFault.MALFORMED, 1);

        UndeliverableMessageException e = assertThrows(UndeliverableMessageException.class, () -> sink.deliver(message));

        assertTrue(e.getMessage().contains("the answer is no JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("look for reference " + ShippingReferences.of(shipmentId(message))
                + " in the GKP"), e.getMessage());
        assertEquals(0, database.count("select count(*) from shipping_parcel where shipment_id = ?", shipmentId(message)));
        assertEquals(0, database.count("select count(*) from shipping_dhl_answer"));
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsTriedAgain() {
        OutboxMessage message = transmitted("1");
        dhl.faults().next(DhlSandboxFault.LATE, 1);
        long started = System.nanoTime();

        DhlUnavailableException e = assertThrows(DhlUnavailableException.class,
                () -> sink(Duration.ofMillis(800)).deliver(message));

        assertTrue(e.getMessage().contains("did not answer within"), e.getMessage());
        assertTrue(System.nanoTime() - started < Duration.ofMillis(2500).toNanos(), "gave up at the timeout");
        assertEquals(0, database.count("select count(*) from shipping_parcel where shipment_id = ?", shipmentId(message)));
    }

    @Test
    void aCreatedShipmentWhoseRecordingWasRefusedIsRecordedFromTheKeptAnswerWithoutASecondDhlShipment()
            throws Exception {
        OutboxMessage message = transmitted("1");
        confirmations.refuseNext = true;

        UndeliverableMessageException e = assertThrows(UndeliverableMessageException.class, () -> sink.deliver(message));
        assertTrue(e.getMessage().contains("recording it was refused: order moved meanwhile"), e.getMessage());
        assertEquals(1, database.count("select count(*) from shipping_dhl_answer"));

        sink.deliver(message);

        assertEquals(1, dhl.calls().size());
        assertEquals(1, dhl.shipments().size());
        assertEquals(dhl.shipments().get(0).shipmentNo(), database.text(
                "select tracking_no from shipping_parcel where shipment_id = ? and label_pdf is not null",
                shipmentId(message)));
    }

    /** The delivery note of every message: shipment id = its own id, sales order 40. */
    static final class OneShipment implements Shipments {
        @Override
        public Optional<Shipment> get(Tx tx, int shipmentId) {
            return Optional.of(new Shipment(shipmentId, "SH" + shipmentId, DocStatus.DRAFTED, 40, 1, 1, 1000000,
                    LocalDate.now(), null, List.of(), "DHL"));
        }

        @Override
        public Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Shipment> findByOrder(Tx tx, int orderId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment process(Tx tx, int shipmentId, DocAction action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment setShipper(Tx tx, int shipmentId, String shipperName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Seller implements CompanyDetails {
        @Override
        public Optional<Company> get(Tx tx) {
            return Optional.of(new Company("Catura Handels GmbH", new Location("Musterweg 12a", null, null, null,
                    "Hamburg", "20095", null, "DE"), "DE123456789", null, null, null, null, false));
        }

        @Override
        public Company save(Tx tx, Company company) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CompanyLogo> logo(Tx tx) {
            return Optional.empty();
        }

        @Override
        public void saveLogo(Tx tx, CompanyLogo logo) {
            throw new UnsupportedOperationException();
        }
    }
}
