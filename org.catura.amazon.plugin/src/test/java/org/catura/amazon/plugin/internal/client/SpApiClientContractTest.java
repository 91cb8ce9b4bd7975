package org.catura.amazon.plugin.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.catura.amazon.plugin.spapi.model.ConfirmShipmentOrderItem;
import org.catura.amazon.plugin.spapi.model.ConfirmShipmentRequest;
import org.catura.amazon.plugin.spapi.model.FulfillmentStatus;
import org.catura.amazon.plugin.spapi.model.Order;
import org.catura.amazon.plugin.spapi.model.OrderItem;
import org.catura.amazon.plugin.spapi.model.PackageDetail;
import org.catura.sandbox.spapi.RecordedCall;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.SpecialCase;
import org.catura.sandbox.spapi.UsagePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated client and its wrapper against the sandbox, over real HTTP. */
class SpApiClientContractTest {

    private static final String DE = "A1PA6795UKMFR9";
    private SpApiSandbox sandbox;
    private SpApiClient client;
    private final Instant now = Instant.now();

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.start(SandboxSettings.defaults().withQuotasEnforced(false));
        client = SandboxFixture.client(sandbox, 10_000);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<FetchedOrder> searchAll(OrderSearch search) {
        List<FetchedOrder> all = new ArrayList<>();
        OrdersPage page = client.searchOrders(search);
        all.addAll(page.orders());
        while (page.hasNext()) {
            page = client.searchOrders(search.nextPage(page.nextToken()));
            all.addAll(page.orders());
        }
        return all;
    }

    @Test
    void searchPagesThroughEveryOrderOfTheWindowOnce() {
        List<String> placed = sandbox.orders().generate(250, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        List<FetchedOrder> fetched = searchAll(
                OrderSearch.updatedBetween(now.minus(Duration.ofHours(4)), null, List.of()).withMaxResultsPerPage(100));

        assertEquals(3, sandbox.calls(UsagePlan.SEARCH_ORDERS).size(), "250 orders come in pages of 100, 100, 50");
        Set<String> ids = new HashSet<>();
        for (FetchedOrder order : fetched) {
            assertTrue(order.readable(), order.problem());
            assertTrue(ids.add(order.orderId()), "order " + order.orderId() + " seen twice");
            assertTrue(order.rawJson().contains("\"orderId\":\"" + order.orderId() + "\""));
            assertNotNull(order.order().getFulfillment(), "FULFILLMENT dataset was asked for");
        }
        assertEquals(new HashSet<>(placed), ids);
        assertTrue(sandbox.calls(UsagePlan.SEARCH_ORDERS).get(0).uri().contains("includedData=BUYER%2CRECIPIENT"),
                sandbox.calls(UsagePlan.SEARCH_ORDERS).get(0).uri());
    }

    @Test
    void windowBoundsAndMarketplaceFilterApply() {
        sandbox.orders().generate(40, now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(4)));
        List<String> late = sandbox.orders().generate(30, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        List<FetchedOrder> fetched = searchAll(
                OrderSearch.updatedBetween(now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(30)), List.of(DE)));
        assertFalse(fetched.isEmpty());
        for (FetchedOrder order : fetched) {
            assertTrue(late.contains(order.orderId()), "only orders of the window");
            assertEquals(DE, order.order().getSalesChannel().getMarketplaceId());
        }
    }

    @Test
    void getOrderReturnsItemsWithSellerSkuAndMoney() {
        String id = sandbox.orders().place(now.minus(Duration.ofHours(1)), EnumSet.of(SpecialCase.GIFT));
        FetchedOrder fetched = client.getOrder(id, OrderSearch.IMPORT_DATA);
        Order order = fetched.order();
        assertEquals(id, order.getOrderId());
        OrderItem first = order.getOrderItems().get(0);
        assertTrue(first.getProduct().getSellerSku().startsWith("CAT-"), first.getProduct().getSellerSku());
        assertNotNull(first.getFulfillment().getPacking().getGiftOption().getGiftMessage());
        assertNotNull(order.getProceeds().getGrandTotal().getAmount());
        assertEquals(FulfillmentStatus.UNSHIPPED, order.getFulfillment().getFulfillmentStatus());
    }

    @Test
    void confirmShipmentIsAcceptedWith204AndShipsTheOrder() {
        String id = sandbox.orders().place(now.minus(Duration.ofHours(1)), EnumSet.noneOf(SpecialCase.class));
        Order order = client.getOrder(id, OrderSearch.IMPORT_DATA).order();
        client.confirmShipment(id, confirmation(order, "1"));

        assertEquals("SHIPPED", sandbox.orders().status(id).orElseThrow());
        List<JsonNode> received = sandbox.orders().confirmations(id);
        assertEquals(1, received.size());
        assertEquals("1Z999AA10123456784", received.get(0).path("packageDetail").path("trackingNumber").asText());
        RecordedCall call = sandbox.calls(UsagePlan.CONFIRM_SHIPMENT).get(0);
        assertEquals(204, call.status());
        assertEquals("POST", call.method());
    }

    @Test
    void amazonsErrorBodyBecomesAClearMessage() {
        String id = sandbox.orders().place(now.minus(Duration.ofHours(1)), EnumSet.noneOf(SpecialCase.class));
        Order order = client.getOrder(id, OrderSearch.IMPORT_DATA).order();
        SpApiException e = assertThrows(SpApiException.class, () -> client.confirmShipment(id, confirmation(order, "abc")));
        assertEquals(400, e.status());
        assertEquals("InvalidInput", e.code());
        assertTrue(e.getMessage().startsWith("confirmShipment failed: HTTP 400: InvalidInput: "), e.getMessage());
        assertTrue(e.getMessage().contains("packageReferenceId must be a positive number"), e.getMessage());
        assertEquals(1, sandbox.calls(UsagePlan.CONFIRM_SHIPMENT).size(), "a 400 is not retried");

        SpApiException missing = assertThrows(SpApiException.class, () -> client.getOrder("999-0000000-0000000", List.of()));
        assertEquals(404, missing.status());
        assertTrue(missing.getMessage().contains("getOrder failed: HTTP 404: NotFound: Order 999-0000000-0000000 not found"),
                missing.getMessage());
    }

    @Test
    void theTwoMinuteRuleIsReportedAsInvalidInput() {
        SpApiException e = assertThrows(SpApiException.class, () -> client.searchOrders(
                OrderSearch.updatedBetween(now.minus(Duration.ofHours(1)), Instant.now(), List.of())));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("at least two minutes before the time of the request"), e.getMessage());
    }

    @Test
    void aMalformedOrderIsReportedAloneAndTheRestOfThePageIsRead() {
        List<String> ids = sandbox.orders().generate(10, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        sandbox.faults().malformOrder(ids.get(4));
        List<FetchedOrder> fetched = searchAll(OrderSearch.updatedBetween(now.minus(Duration.ofHours(3)), null, List.of()));
        assertEquals(10, fetched.size());
        FetchedOrder broken = fetched.stream().filter(f -> f.orderId().equals(ids.get(4))).findFirst().orElseThrow();
        assertFalse(broken.readable());
        assertNull(broken.order());
        assertTrue(broken.problem().contains(ids.get(4)), broken.problem());
        assertTrue(broken.rawJson().contains("the day before yesterday"), "the raw JSON is kept for the person fixing it");
        assertEquals(9, fetched.stream().filter(FetchedOrder::readable).count());
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetried() {
        sandbox.orders().generate(5, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        sandbox.faults().failNext(UsagePlan.SEARCH_ORDERS, 2);
        assertEquals(5, client.searchOrders(OrderSearch.updatedBetween(now.minus(Duration.ofHours(3)), null, List.of()))
                .orders().size());
        assertEquals(List.of(500, 500, 200), statuses(UsagePlan.SEARCH_ORDERS));

        sandbox.clearCalls();
        sandbox.faults().dropConnectionNext(UsagePlan.SEARCH_ORDERS, 1);
        assertEquals(5, client.searchOrders(OrderSearch.updatedBetween(now.minus(Duration.ofHours(3)), null, List.of()))
                .orders().size());
        assertEquals(2, sandbox.calls(UsagePlan.SEARCH_ORDERS).size(), "the truncated answer was asked for again");
    }

    @Test
    void aStormOf429IsRiddenOutWithBackoff() {
        sandbox.orders().generate(3, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        sandbox.faults().throttleNext(UsagePlan.SEARCH_ORDERS, 3);
        OrdersPage page = client.searchOrders(OrderSearch.updatedBetween(now.minus(Duration.ofHours(3)), null, List.of()));
        assertEquals(3, page.orders().size());
        assertEquals(List.of(429, 429, 429, 200), statuses(UsagePlan.SEARCH_ORDERS));
        assertEquals(3, client.statistics().throttled(SpApiOperation.SEARCH_ORDERS));
    }

    @Test
    void aStormLongerThanTheRetryBudgetEndsInQuotaExceeded() {
        sandbox.faults().throttleNext(UsagePlan.GET_ORDER, 50);
        SpApiException e = assertThrows(SpApiException.class, () -> client.getOrder("302-0000000-0000001", List.of()));
        assertEquals(429, e.status());
        assertEquals("QuotaExceeded", e.code());
        assertEquals(5, sandbox.calls(UsagePlan.GET_ORDER).size(), "bounded attempts");
    }

    @Test
    void anExpiredAccessTokenIsRenewedTransparentlyMidRun() {
        sandbox.orders().generate(120, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        OrderSearch search = OrderSearch.updatedBetween(now.minus(Duration.ofHours(3)), null, List.of());
        OrdersPage first = client.searchOrders(search);
        assertEquals(1, client.logins());
        sandbox.expireAccessTokens();
        OrdersPage second = client.searchOrders(search.nextPage(first.nextToken()));
        assertEquals(120, first.orders().size() + second.orders().size());
        assertEquals(2, client.logins(), "logged in again once");
        assertEquals(List.of(200, 403, 200), statuses(UsagePlan.SEARCH_ORDERS));
    }

    @Test
    void wrongCredentialsAreRefusedWithLwasReason() {
        SandboxSettings s = sandbox.settings();
        SpApiClient stranger = new SpApiClient(SpApiSettings.of(sandbox.endpoint(), sandbox.tokenUrl(),
                new LwaCredentials(s.clientId(), "wrong-secret", s.refreshToken())));
        LwaException e = assertThrows(LwaException.class, () -> stranger.getOrder("302-0000000-0000001", List.of()));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("invalid_client: Client authentication failed"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret"), "secrets never appear in messages");
    }

    private List<Integer> statuses(UsagePlan op) {
        return sandbox.calls(op).stream().map(RecordedCall::status).toList();
    }

    private static ConfirmShipmentRequest confirmation(Order order, String packageReferenceId) {
        PackageDetail detail = new PackageDetail().packageReferenceId(packageReferenceId).carrierCode("UPS")
                .shippingMethod("Standard").trackingNumber("1Z999AA10123456784")
                .shipDate(OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        for (OrderItem item : order.getOrderItems()) {
            detail.addOrderItemsItem(new ConfirmShipmentOrderItem().orderItemId(item.getOrderItemId())
                    .quantity(item.getQuantityOrdered()));
        }
        return new ConfirmShipmentRequest().marketplaceId(order.getSalesChannel().getMarketplaceId()).packageDetail(detail);
    }
}
