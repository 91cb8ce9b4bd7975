package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.catura.amazon.plugin.spapi.invoker.ApiClient;
import org.catura.amazon.plugin.spapi.model.Order;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.SpecialCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders the sandbox generates (Amazon's JSON) mapped to Catura's order model. */
class AmazonOrderMapperTest {

    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();
    private final AmazonOrderMapper mapper = new AmazonOrderMapper("amazon-eu");
    private final Instant at = Instant.now().minus(Duration.ofHours(1));
    private SpApiSandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = new SpApiSandbox(SandboxSettings.defaults()).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Order amazonOrder(SpecialCase... cases) throws IOException {
        EnumSet<SpecialCase> set = EnumSet.noneOf(SpecialCase.class);
        set.addAll(java.util.List.of(cases));
        String id = sandbox.orders().place(at, set);
        return json.treeToValue(sandbox.orders().json(id).orElseThrow(), Order.class);
    }

    @Test
    void anOrdinaryOrderKeepsItsGrossPricesAndAddsUpToAmazonsTotal() throws IOException {
        Order source = amazonOrder();
        ImportedOrder order = mapper.map(source);
        assertEquals("amazon-eu", order.channel());
        assertEquals(source.getOrderId(), order.externalId());
        assertEquals(ChannelOrderStatus.UNSHIPPED, order.status());
        assertEquals(Fulfilment.MERCHANT, order.fulfilment());
        assertTrue(order.pricesIncludeTax(), "EU marketplace");
        assertEquals(source.getCreatedTime().toInstant(), order.purchasedAt());
        assertTrue(order.flags().isEmpty(), order.flags().toString());
        BigDecimal sum = order.lines().stream().map(l -> l.itemPrice().add(l.shippingPrice()).add(l.giftWrapPrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(order.orderTotal()), "lines add up to grandTotal " + order.orderTotal());
        ImportedLine first = order.lines().get(0);
        assertTrue(first.sku().startsWith("CAT-"));
        assertTrue(first.itemTax().signum() > 0 && first.itemTax().compareTo(first.itemPrice()) < 0,
                "VAT contained in the gross price");
        assertNotNull(order.buyer().name());
        assertNotNull(order.deliveryAddress().postalCode());
        assertEquals(source.getRecipient().getDeliveryAddress().getCountryCode(), order.deliveryAddress().countryCode());
    }

    @Test
    void specialCasesBecomeFlagsAndData() throws IOException {
        ImportedOrder gift = mapper.map(amazonOrder(SpecialCase.GIFT));
        assertTrue(gift.has(OrderFlag.GIFT));
        assertNotNull(gift.lines().get(0).giftMessage());
        assertTrue(gift.lines().get(0).giftWrapPrice().signum() > 0);

        ImportedOrder custom = mapper.map(amazonOrder(SpecialCase.CUSTOMIZED));
        assertTrue(custom.has(OrderFlag.CUSTOMIZED));
        assertTrue(custom.lines().get(0).customizationUrl().endsWith(".zip"));

        Order businessSource = amazonOrder(SpecialCase.BUSINESS);
        ImportedOrder business = mapper.map(businessSource);
        assertTrue(business.has(OrderFlag.BUSINESS));
        assertNotNull(business.buyer().companyName());
        assertEquals(businessSource.getTax().getTaxRegistrations().get(0).getTaxRegistrationNumber(), business.buyer().vatId());
        assertEquals(businessSource.getBuyer().getBuyerPurchaseOrderNumber(), business.purchaseOrderNumber());

        ImportedOrder cancel = mapper.map(amazonOrder(SpecialCase.CANCELLATION_REQUESTED));
        assertTrue(cancel.has(OrderFlag.CANCELLATION_REQUESTED));
        assertNotNull(cancel.cancellationReason());

        assertTrue(mapper.map(amazonOrder(SpecialCase.REPLACEMENT)).has(OrderFlag.REPLACEMENT));
        ImportedOrder preorder = mapper.map(amazonOrder(SpecialCase.PREORDER));
        assertTrue(preorder.has(OrderFlag.PREORDER));
        assertEquals(ChannelOrderStatus.PENDING, preorder.status());
        ImportedOrder fast = mapper.map(amazonOrder(SpecialCase.PRIME, SpecialCase.PREMIUM));
        assertTrue(fast.has(OrderFlag.PRIME) && fast.has(OrderFlag.PREMIUM_SHIPPING));
        assertEquals("NEXT_DAY", fast.serviceLevel());
        ImportedOrder checked = mapper.map(amazonOrder(SpecialCase.SIGNATURE, SpecialCase.ID_CHECK));
        assertTrue(checked.has(OrderFlag.SIGNATURE_REQUIRED) && checked.has(OrderFlag.ID_CHECK));
        ImportedOrder instructed = mapper.map(amazonOrder(SpecialCase.DELIVERY_INSTRUCTIONS));
        assertTrue(instructed.has(OrderFlag.DELIVERY_INSTRUCTIONS));
        assertNotNull(instructed.deliveryInstructions());
    }

    @Test
    void fbaOrdersAreFulfilledByTheChannelAndPendingOrdersArePending() throws IOException {
        ImportedOrder fba = mapper.map(amazonOrder(SpecialCase.FBA));
        assertEquals(Fulfilment.CHANNEL, fba.fulfilment());
        assertEquals(ChannelOrderStatus.SHIPPED, fba.status());
        assertNull(fba.buyer().email());
        assertEquals(ChannelOrderStatus.PENDING, mapper.map(amazonOrder(SpecialCase.PENDING)).status());
    }

    @Test
    void aUsOrderWithNetPricesAndADiscount() throws IOException {
        String text = """
                {"orderId":"111-1234567-7654321","createdTime":"2026-03-01T10:00:00Z","lastUpdatedTime":"2026-03-01T11:00:00Z",
                 "salesChannel":{"channelName":"AMAZON","marketplaceId":"ATVPDKIKX0DER"},
                 "fulfillment":{"fulfillmentStatus":"PARTIALLY_SHIPPED","fulfilledBy":"MERCHANT","fulfillmentServiceLevel":"STANDARD"},
                 "proceeds":{"grandTotal":{"amount":"25.40","currencyCode":"USD"}},
                 "orderItems":[{"orderItemId":"1","quantityOrdered":2,"product":{"sellerSku":"CAT-MUG-001","title":"Mug"},
                   "proceeds":{"breakdowns":[
                     {"type":"ITEM","subtotal":{"amount":"24.00","currencyCode":"USD"}},
                     {"type":"TAX","subtotal":{"amount":"1.90","currencyCode":"USD"}},
                     {"type":"DISCOUNT","subtotal":{"amount":"-0.50","currencyCode":"USD"},
                      "detailedBreakdowns":[{"subtype":"ITEM","value":{"amount":"-0.50","currencyCode":"USD"}}]}]}}]}
                """;
        ImportedOrder order = mapper.map(json.readValue(text, Order.class));
        assertFalse(order.pricesIncludeTax());
        assertEquals(ChannelOrderStatus.PARTIALLY_SHIPPED, order.status());
        assertEquals("USD", order.currency());
        ImportedLine line = order.lines().get(0);
        assertEquals(new BigDecimal("24.00"), line.itemPrice());
        assertEquals(new BigDecimal("1.90"), line.itemTax());
        assertEquals(new BigDecimal("0.50"), line.promotionDiscount());
        assertEquals(new BigDecimal("2"), line.quantity());
    }

    @Test
    void unreadableOrdersNameTheOrderAndTheField() throws IOException {
        Order noStatus = json.readValue("""
                {"orderId":"302-1","createdTime":"2026-03-01T10:00:00Z","lastUpdatedTime":"2026-03-01T10:00:00Z",
                 "salesChannel":{"channelName":"AMAZON","marketplaceId":"A1PA6795UKMFR9"},
                 "orderItems":[{"orderItemId":"9","quantityOrdered":1,"product":{"sellerSku":"X"}}]}""", Order.class);
        OrderMappingException e = assertThrows(OrderMappingException.class, () -> mapper.map(noStatus));
        assertTrue(e.getMessage().contains("order 302-1 has no fulfillment status"), e.getMessage());

        Order badAmount = json.readValue("""
                {"orderId":"302-2","createdTime":"2026-03-01T10:00:00Z","lastUpdatedTime":"2026-03-01T10:00:00Z",
                 "salesChannel":{"channelName":"AMAZON","marketplaceId":"A1PA6795UKMFR9"},
                 "fulfillment":{"fulfillmentStatus":"UNSHIPPED"},
                 "orderItems":[{"orderItemId":"9","quantityOrdered":1,"product":{"sellerSku":"X"},
                   "proceeds":{"breakdowns":[{"type":"ITEM","subtotal":{"amount":"12,90","currencyCode":"EUR"}}]}}]}""",
                Order.class);
        e = assertThrows(OrderMappingException.class, () -> mapper.map(badAmount));
        assertEquals("order 302-2 item 9: amount '12,90' is not a number", e.getMessage());

        Order unknownStatus = json.readValue("""
                {"orderId":"302-3","createdTime":"2026-03-01T10:00:00Z","lastUpdatedTime":"2026-03-01T10:00:00Z",
                 "salesChannel":{"channelName":"AMAZON"},"fulfillment":{"fulfillmentStatus":"TELEPORTED"},
                 "orderItems":[{"orderItemId":"9","quantityOrdered":1,"product":{"sellerSku":"X"}}]}""", Order.class);
        e = assertThrows(OrderMappingException.class, () -> mapper.map(unknownStatus));
        assertTrue(e.getMessage().contains("302-3"), e.getMessage());
    }
}
