package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.amazon.plugin.spapi.invoker.ApiClient;
import org.catura.amazon.plugin.spapi.model.Order;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.SpecialCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders with a field of Amazon's model missing or holding an absurd value: the mapper either maps
 * them or refuses them with an {@link OrderMappingException} that names the order and the field
 * (which becomes the order's import error). Nothing else may come out of it.
 */
class PoisonedOrderMappingTest {

    /**
     * The fields without which an order cannot be booked right: who it is, when it was bought and
     * which version it is, what was bought how often, at which marketplace (gross or net prices),
     * in which state, and what a money line is.
     * Their path with array indices written as [].
     */
    private static final Set<String> NEEDED = Set.of("orderId", "createdTime", "lastUpdatedTime", "salesChannel",
            "salesChannel.marketplaceId",
            "fulfillment", "fulfillment.fulfillmentStatus", "orderItems", "orderItems[].product",
            "orderItems[].quantityOrdered", "orderItems[].proceeds.breakdowns[].type");

    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();
    private final AmazonOrderMapper mapper = new AmazonOrderMapper("amazon-eu");
    private SpApiSandbox sandbox;
    private ObjectNode rich;
    private ObjectNode plain;

    @BeforeEach
    void start() throws IOException {
        sandbox = new SpApiSandbox(SandboxSettings.defaults()).start();
        // every dataset and every special case the mapper reads: the most fields an order can have
        String id = sandbox.orders().place(Instant.now().minus(Duration.ofHours(1)), EnumSet.of(SpecialCase.GIFT,
                SpecialCase.CUSTOMIZED, SpecialCase.BUSINESS, SpecialCase.CANCELLATION_REQUESTED,
                SpecialCase.REPLACEMENT, SpecialCase.PRIME, SpecialCase.PREMIUM, SpecialCase.SIGNATURE,
                SpecialCase.ID_CHECK, SpecialCase.DELIVERY_INSTRUCTIONS));
        rich = sandbox.orders().json(id).orElseThrow();
        plain = sandbox.orders().json(sandbox.orders().place(Instant.now().minus(Duration.ofHours(1)),
                EnumSet.noneOf(SpecialCase.class))).orElseThrow();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyOptionalFieldMissingOneAtATimeStillMaps() throws IOException {
        assertTrue(fieldPaths(rich).size() > 60, "the order has many fields: " + fieldPaths(rich).size());
        List<String> broken = new ArrayList<>();
        for (ObjectNode order : List.of(rich, plain)) {
            for (String path : fieldPaths(order)) {
                if (NEEDED.contains(pattern(path))) {
                    continue;
                }
                ObjectNode copy = order.deepCopy();
                remove(copy, path);
                try {
                    assertNotNull(mapper.map(json.treeToValue(copy, Order.class)));
                } catch (RuntimeException e) {
                    broken.add(path + " -> " + e);
                }
            }
        }
        assertEquals(List.of(), broken, "optional fields whose absence stopped the mapping");
    }

    @Test
    void aMissingNeededFieldIsRefusedNamingTheOrderAndTheField() throws IOException {
        for (String path : fieldPaths(rich)) {
            if (!NEEDED.contains(pattern(path))) {
                continue;
            }
            ObjectNode copy = rich.deepCopy();
            remove(copy, path);
            String field = path.replaceAll("\\[\\d+]", "").replaceAll(".*\\.", "");
            OrderMappingException e = refused(copy, path);
            assertTrue(e.getMessage().contains(field), path + ": " + e.getMessage());
            if (!path.equals("orderId")) {
                assertTrue(e.getMessage().contains(rich.path("orderId").asText()), path + ": " + e.getMessage());
            }
        }
    }

    @Test
    void everyOptionalFieldMissingAtOnceStillMaps() throws IOException {
        ObjectNode bare = rich.deepCopy();
        strip(bare, "");
        Order order = json.treeToValue(bare, Order.class);
        ImportedOrder mapped = mapper.map(order);
        assertEquals(rich.path("orderId").asText(), mapped.externalId());
        assertEquals(rich.path("orderItems").size(), mapped.lines().size());
        assertTrue(mapped.flags().isEmpty(), mapped.flags().toString());
        assertEquals(0, mapped.lines().get(0).itemPrice().signum(), "no proceeds, no price: nothing to book");
        assertEquals(null, mapped.serviceLevel());
        assertEquals(null, mapped.deliveryAddress());
    }

    @Test
    void aMissingServiceLevelMapsAMissingBreakdownTypeOrMarketplaceIsRefusedSayingWhy() throws IOException {
        ObjectNode copy = rich.deepCopy();
        ((ObjectNode) copy.path("fulfillment")).remove("fulfillmentServiceLevel");
        ImportedOrder mapped = mapper.map(json.treeToValue(copy, Order.class));
        assertEquals(null, mapped.serviceLevel());
        assertTrue(mapped.has(OrderFlag.PREMIUM_SHIPPING), "the PREMIUM program still says so");

        ObjectNode untyped = rich.deepCopy();
        ((ObjectNode) untyped.path("orderItems").path(0).path("proceeds").path("breakdowns").path(0)).remove("type");
        OrderMappingException e = refused(untyped, "breakdown type");
        assertTrue(e.getMessage().contains("proceeds breakdown without type"), e.getMessage());

        ObjectNode noMarketplace = rich.deepCopy();
        ((ObjectNode) noMarketplace.path("salesChannel")).remove("marketplaceId");
        e = refused(noMarketplace, "marketplaceId");
        assertTrue(e.getMessage().contains("whether its prices include VAT"), e.getMessage());
    }

    @Test
    void nullsInsideEveryListAreRefusedOrIgnoredNeverCrash() throws IOException {
        for (String path : arrayPaths(rich, "")) {
            ObjectNode copy = rich.deepCopy();
            ((ArrayNode) at(copy, path)).addNull();
            try {
                mapper.map(json.treeToValue(copy, Order.class));
            } catch (OrderMappingException e) {
                assertTrue(e.getMessage().contains(rich.path("orderId").asText()), path + ": " + e.getMessage());
            } catch (RuntimeException e) {
                fail("a null in " + path + " crashed the mapping: " + e, e);
            }
        }
    }

    @Test
    void absurdAmountsAreRefusedAtOnceNamingTheAmount() throws IOException {
        for (String amount : List.of("1E+999999999", "1E-999999999", "-1E+999999999", "1" + "0".repeat(40),
                "9".repeat(5000), "NaN", "Infinity", "0x10", "")) {
            for (String where : List.of("/orderItems/0/proceeds/breakdowns/0/subtotal", "/proceeds/grandTotal",
                    "/orderItems/0/product/price/unitPrice")) {
                ObjectNode copy = rich.deepCopy();
                if (where.startsWith("/orderItems/0/product")) {
                    ((ObjectNode) copy.path("orderItems").path(0)).remove("proceeds");
                }
                ((ObjectNode) copy.at(where)).put("amount", amount);
                OrderMappingException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                        () -> refused(copy, where + " = " + amount.substring(0, Math.min(20, amount.length()))));
                assertTrue(e.getMessage().contains(rich.path("orderId").asText()), e.getMessage());
                assertTrue(e.getMessage().length() < 300, "the amount is not echoed whole: " + e.getMessage().length());
            }
        }
    }

    @Test
    void ordinaryAmountsInAnyNotationStillMap() throws IOException {
        ObjectNode copy = rich.deepCopy();
        ((ObjectNode) copy.at("/orderItems/0/proceeds/breakdowns/0/subtotal")).put("amount", "1.29E+1");
        ImportedOrder mapped = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> mapper.map(json.treeToValue(copy, Order.class)));
        assertTrue(mapped.lines().get(0).itemPrice().compareTo(new BigDecimal("12.9")) >= 0,
                mapped.lines().get(0).itemPrice().toPlainString());
    }

    @Test
    void aNegativeQuantityIsRefusedAndZeroAsAmazonSendsForCancelledItemsMaps() throws IOException {
        ObjectNode negative = rich.deepCopy();
        ((ObjectNode) negative.path("orderItems").path(0)).put("quantityOrdered", -1);
        OrderMappingException e = refused(negative, "quantity -1");
        assertTrue(e.getMessage().contains("quantityOrdered -1"), e.getMessage());

        ObjectNode zero = rich.deepCopy();
        ((ObjectNode) zero.path("orderItems").path(0)).put("quantityOrdered", 0);
        ((ObjectNode) zero.path("orderItems").path(0)).remove("proceeds");
        ImportedOrder mapped = mapper.map(json.treeToValue(zero, Order.class));
        assertEquals(0, mapped.lines().get(0).quantity().signum());
        assertFalse(mapped.lines().get(0).itemPrice().signum() < 0);
    }

    private OrderMappingException refused(ObjectNode order, String what) {
        try {
            ImportedOrder mapped = mapper.map(json.treeToValue(order, Order.class));
            throw new AssertionError(what + ": mapped although it should be refused: " + mapped);
        } catch (OrderMappingException e) {
            return e;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(what + ": refused with " + e + " instead of an OrderMappingException", e);
        }
    }

    /** Every object field of the tree, as a path like {@code orderItems[0].product.sellerSku}. */
    private static List<String> fieldPaths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                paths.add(path);
                collect(e.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), prefix + "[" + i + "]", paths);
            }
        }
    }

    private static List<String> arrayPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (String path : fieldPaths(node)) {
            if (at(node, path).isArray()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static String pattern(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    private static JsonNode at(JsonNode root, String path) {
        return root.at("/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
    }

    private static void remove(ObjectNode root, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
        ((ObjectNode) parent).remove(path.substring(dot + 1));
    }

    /** Removes every field not NEEDED, keeping the needed ones (and what leads to them). */
    private static void strip(JsonNode node, String prefix) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                if (NEEDED.contains(path) || NEEDED.stream().anyMatch(n -> n.startsWith(path + ".") || n.startsWith(path + "["))) {
                    strip(e.getValue(), path);
                } else {
                    it.remove();
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                strip(element, prefix + "[]");
            }
        }
    }
}
