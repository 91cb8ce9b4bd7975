package org.catura.amazon.plugin.internal.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.amazon.plugin.internal.client.OrderSearch;
import org.catura.amazon.plugin.internal.client.SpApiException;
import org.catura.amazon.plugin.spapi.model.Order;
import org.catura.amazon.plugin.spapi.model.OrderItem;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.Outbox;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.RecordedCall;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.SpecialCase;
import org.catura.sandbox.spapi.UsagePlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector queues one confirmShipment per package; the sink sends it to the SP-API sandbox
 * over real HTTP through the channel's client (LWA, usage plan, retries), as the outbox
 * dispatcher would hand it over.
 */
class ShipmentConfirmationTest {

    static final String CHANNEL = "amazon-demo";
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    static Fixture fixture;

    final ObjectMapper json = new ObjectMapper();
    final Queued outbox = new Queued();
    final AmazonShipmentConfirmer confirmer = new AmazonShipmentConfirmer(outbox);
    SpApiSandbox sandbox;
    ConfirmShipmentSink sink;
    ChannelService channels;

    @BeforeAll
    static void database() {
        fixture = new Fixture();
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false)).start();
        channels = new ChannelService(fixture.database, SECRETS, Fixture.IDS, Fixture.SANDBOX_HOST, () -> { });
        channels.save(Fixture.channel(CHANNEL, sandbox), Fixture.secrets(sandbox));
        sink = new ConfirmShipmentSink(channels, new ChannelClients(SECRETS, Fixture.SANDBOX_HOST, Fixture.FAST_RETRY));
        confirmer.serve(List.of(CHANNEL, "amazon-eu"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theConnectorServesTheStoredChannelsOnly() {
        assertTrue(confirmer.serves(CHANNEL));
        assertFalse(confirmer.serves("ebay-de"));
        confirmer.serve(List.of("amazon-eu"));
        assertFalse(confirmer.serves(CHANNEL), "a channel gone from the store is no longer served");
    }

    @Test
    void aPackageIsQueuedOnceAndAmazonAnswers204() throws Exception {
        Order order = placed();
        ShippedPackage pkg = everything(order, 501, "DHL");

        assertTrue(confirmer.confirmShipment(null, pkg));
        assertFalse(confirmer.confirmShipment(null, pkg), "the same package again: known key, nothing queued");
        assertEquals(1, outbox.messages.size());
        assertEquals("amazon-confirm-shipment:amazon-demo:" + order.getOrderId() + ":501",
                outbox.messages.keySet().iterator().next());

        sink.deliver(outbox.message(1));

        assertEquals("SHIPPED", sandbox.orders().status(order.getOrderId()).orElseThrow());
        JsonNode sent = sandbox.orders().confirmations(order.getOrderId()).get(0).path("packageDetail");
        assertEquals("501", sent.path("packageReferenceId").asText());
        assertTrue(sent.path("packageReferenceId").isTextual(), "Amazon wants the reference as a string");
        assertEquals("DHL", sent.path("carrierCode").asText());
        assertTrue(sent.path("carrierName").isMissingNode(), "carrierName only with Other: " + sent);
        assertEquals("00340434161094042557", sent.path("trackingNumber").asText());
        assertEquals(order.getOrderItems().size(), sent.path("orderItems").size());
        RecordedCall call = sandbox.calls(UsagePlan.CONFIRM_SHIPMENT).get(0);
        assertEquals(204, call.status());
        assertTrue(call.uri().endsWith("/orders/v0/orders/" + order.getOrderId() + "/shipmentConfirmation"), call.uri());
    }

    @Test
    void aCarrierAmazonHasNoCodeForGoesAsOtherWithItsName() throws Exception {
        Order order = placed();
        confirmer.confirmShipment(null, everything(order, 502, "Spedition Müller"));

        sink.deliver(outbox.message(1));

        JsonNode sent = sandbox.orders().confirmations(order.getOrderId()).get(0).path("packageDetail");
        assertEquals("Other", sent.path("carrierCode").asText());
        assertEquals("Spedition Müller", sent.path("carrierName").asText());
        assertEquals("Hermes Logistik Gruppe", CarrierCodes.of(" hermes ").code());
    }

    @Test
    void amazonsRefusalIsAPermanentErrorWithAmazonsMessageAndIsNotRetried() {
        Order order = placed();
        ShippedPackage pkg = new ShippedPackage(1, CHANNEL, order.getOrderId(), order.getSalesChannel().getMarketplaceId(),
                503, "DHL", null, "00340434161094042557", Instant.now(),
                List.of(new ShippedPackage.Line("no-such-item", BigDecimal.ONE)));
        confirmer.confirmShipment(null, pkg);

        ConfirmationRefusedException e = assertThrows(ConfirmationRefusedException.class,
                () -> sink.deliver(outbox.message(1)));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("orderItemId no-such-item is not an item of order " + order.getOrderId()),
                e.getMessage());
        assertTrue(e.getMessage().startsWith("Amazon refused the shipment confirmation of order " + order.getOrderId()),
                e.getMessage());
        assertEquals(1, sandbox.calls(UsagePlan.CONFIRM_SHIPMENT).size(), "a 400 is not sent again");
    }

    @Test
    void anOrderAmazonDoesNotKnowIsRefusedToo() {
        ShippedPackage pkg = new ShippedPackage(1, CHANNEL, "999-0000000-0000000", "A1PA6795UKMFR9", 504, "DHL", null,
                "00340434161094042557", Instant.now(), List.of(new ShippedPackage.Line("1", BigDecimal.ONE)));
        confirmer.confirmShipment(null, pkg);

        ConfirmationRefusedException e = assertThrows(ConfirmationRefusedException.class,
                () -> sink.deliver(outbox.message(1)));
        assertEquals(404, e.status());
    }

    @Test
    void throttlingAndServerErrorsAreRetriedUntilAmazonAccepts() throws Exception {
        Order order = placed();
        confirmer.confirmShipment(null, everything(order, 505, "UPS"));
        sandbox.faults().throttleNext(UsagePlan.CONFIRM_SHIPMENT, 2).failNext(UsagePlan.CONFIRM_SHIPMENT, 1);

        sink.deliver(outbox.message(1));

        List<Integer> answers = sandbox.calls(UsagePlan.CONFIRM_SHIPMENT).stream().map(RecordedCall::status).toList();
        assertEquals(List.of(429, 429, 500, 204), answers);
        assertEquals("SHIPPED", sandbox.orders().status(order.getOrderId()).orElseThrow());
    }

    @Test
    void aThrottlingStormLongerThanTheRetriesFailsTheAttemptForTheOutboxToRetry() {
        Order order = placed();
        confirmer.confirmShipment(null, everything(order, 506, "UPS"));
        sandbox.faults().throttleNext(UsagePlan.CONFIRM_SHIPMENT, 100);

        SpApiException e = assertThrows(SpApiException.class, () -> sink.deliver(outbox.message(1)));
        assertEquals(429, e.status());
    }

    @Test
    void aCrashBetweenSendingAndRecordingDoesNotConfirmTwice() throws Exception {
        Order order = placed();
        confirmer.confirmShipment(null, everything(order, 507, "DHL"));
        OutboxMessage first = outbox.message(1);

        sink.deliver(first);
        // the node died before the outbox marked the message sent: the dispatcher hands it over again
        sink.deliver(new OutboxMessage(first.id(), first.topic(), first.idempotencyKey(), first.payload(), 2));

        assertEquals(List.of(204, 204), sandbox.calls(UsagePlan.CONFIRM_SHIPMENT).stream().map(RecordedCall::status)
                .toList());
        List<JsonNode> packages = sandbox.orders().packages(order.getOrderId());
        assertEquals(1, packages.size(), "one package at Amazon: " + packages);
        int shipped = 0;
        for (JsonNode item : packages.get(0).path("packageItems")) {
            shipped += item.path("quantity").asInt();
        }
        assertEquals(order.getOrderItems().stream().mapToInt(OrderItem::getQuantityOrdered).sum(), shipped,
                "nothing shipped twice");
    }

    private Order placed() {
        String id = sandbox.orders().place(Instant.now().minus(Duration.ofHours(3)), EnumSet.noneOf(SpecialCase.class));
        return new ChannelClients(SECRETS, Fixture.SANDBOX_HOST, Fixture.FAST_RETRY).client(channels.require(CHANNEL))
                .getOrder(id, OrderSearch.IMPORT_DATA).order();
    }

    /** Every item of the order, in full, in one package. */
    private static ShippedPackage everything(Order order, int packageId, String carrier) {
        List<ShippedPackage.Line> lines = new ArrayList<>();
        for (OrderItem item : order.getOrderItems()) {
            lines.add(new ShippedPackage.Line(item.getOrderItemId(), BigDecimal.valueOf(item.getQuantityOrdered())));
        }
        return new ShippedPackage(1, CHANNEL, order.getOrderId(), order.getSalesChannel().getMarketplaceId(), packageId,
                carrier, null, "00340434161094042557", Instant.now().minus(Duration.ofHours(1)), lines);
    }

    /** The outbox as the engine keeps it: one message per idempotency key. */
    static final class Queued implements Outbox {
        final Map<String, String> messages = new LinkedHashMap<>();

        @Override
        public boolean enqueue(Tx tx, String topic, String idempotencyKey, String payload) {
            assertEquals(AmazonShipmentConfirmer.TOPIC, topic);
            return messages.putIfAbsent(idempotencyKey, payload) == null;
        }

        OutboxMessage message(int attempt) {
            Map.Entry<String, String> first = messages.entrySet().iterator().next();
            return new OutboxMessage(1, AmazonShipmentConfirmer.TOPIC, first.getKey(), first.getValue(), attempt);
        }
    }
}
