package org.catura.sandbox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.junit.jupiter.api.Test;

class DemoOrdersTest {

    private static final List<DemoProduct> CATALOG = List.of(
            new DemoProduct("MUG-001", "Mug", new BigDecimal("12.90")),
            new DemoProduct("TSHIRT-M", "T-shirt M", new BigDecimal("19.99")),
            new DemoProduct("BOOK-042", "Book", new BigDecimal("24.50"), true));
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private static List<ImportedOrder> orders(long seed, int n) {
        DemoOrders demo = new DemoOrders(seed, CATALOG);
        List<ImportedOrder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(demo.next(NOW));
        }
        return out;
    }

    @Test
    void sameSeedGivesSameOrders_otherSeedOthers() {
        assertEquals(orders(7, 20), orders(7, 20));
        assertNotEquals(orders(7, 5).get(0).externalId(), orders(8, 5).get(0).externalId());
    }

    @Test
    void taxIsTheVatContainedInEveryGrossAmount() {
        Map<String, DemoMarketplace> byId = new HashMap<>();
        for (DemoMarketplace mp : DemoMarketplace.values()) {
            byId.put(mp.marketplaceId(), mp);
        }
        for (ImportedOrder order : orders(1, 200)) {
            DemoMarketplace mp = byId.get(order.marketplaceId());
            assertEquals(mp.countryCode(), order.shipTo().countryCode());
            assertEquals(mp.currency(), order.currency());
            assertTrue(order.pricesIncludeTax());
            BigDecimal total = BigDecimal.ZERO;
            for (ImportedLine line : order.lines()) {
                DemoProduct product = CATALOG.stream().filter(p -> p.sku().equals(line.sku())).findFirst().orElseThrow();
                BigDecimal rate = mp.rateFor(product);
                if (product.reducedRate()) {
                    assertEquals(DemoMarketplace.DE, mp, "books are sold only where a reduced rate is known");
                    assertEquals(new BigDecimal("7"), rate);
                }
                // gross = net + tax and tax = net × rate, to within the rounding cent
                BigDecimal net = line.itemPrice().subtract(line.itemTax());
                BigDecimal expectedTax = net.multiply(rate).movePointLeft(2);
                assertTrue(expectedTax.subtract(line.itemTax()).abs().compareTo(new BigDecimal("0.01")) <= 0,
                        () -> "tax " + line.itemTax() + " on " + line.itemPrice() + " at " + rate);
                assertTrue(line.itemTax().signum() > 0);
                assertEquals(2, line.itemPrice().scale());
                BigDecimal shippingNet = line.shippingPrice().subtract(line.shippingTax());
                assertTrue(shippingNet.multiply(mp.vatRate()).movePointLeft(2).subtract(line.shippingTax()).abs()
                        .compareTo(new BigDecimal("0.01")) <= 0);
                total = total.add(line.itemPrice()).add(line.shippingPrice());
            }
            assertEquals(0, total.compareTo(order.orderTotal()), order.externalId());
        }
    }

    @Test
    void germanVatOnAKnownPrice() {
        assertEquals(new BigDecimal("2.06"), DemoOrders.includedVat(new BigDecimal("12.90"), new BigDecimal("19")));
        assertEquals(new BigDecimal("12.90"), DemoOrders.unitPrice(CATALOG.get(0), DemoMarketplace.DE));
        // French price: same net, 20 % VAT
        assertEquals(new BigDecimal("13.01"), DemoOrders.unitPrice(CATALOG.get(0), DemoMarketplace.FR));
        // 12.90 / 1.19 = 10.8403 net; × 1.2 = 13.0084 EUR; × 0.86 = 11.19 GBP
        assertEquals(new BigDecimal("11.19"), DemoOrders.unitPrice(CATALOG.get(0), DemoMarketplace.UK));
    }

    @Test
    void ordersLookLikeAmazonOrders() {
        Set<String> ids = new HashSet<>();
        Set<String> skus = CATALOG.stream().map(DemoProduct::sku).collect(Collectors.toSet());
        for (ImportedOrder order : orders(3, 300)) {
            assertTrue(order.externalId().matches("\\d{3}-\\d{7}-\\d{7}"), order.externalId());
            assertTrue(ids.add(order.externalId()), "duplicate " + order.externalId());
            assertEquals(DemoOrders.CHANNEL, order.channel());
            assertTrue(order.lines().size() >= 1 && order.lines().size() <= 3);
            assertEquals(order.lines().size(), order.lines().stream().map(ImportedLine::sku).distinct().count());
            order.lines().forEach(l -> assertTrue(skus.contains(l.sku())));
            assertTrue(order.purchasedAt().isBefore(NOW));
            assertTrue(order.shipTo().postalCode() != null && order.shipTo().city() != null);
        }
    }

    @Test
    void someBuyersComeBackWithTheSameMailAndAddress() {
        Map<String, Set<Object>> addressesByMail = new HashMap<>();
        int repeats = 0;
        for (ImportedOrder order : orders(5, 200)) {
            String mail = order.buyer().email();
            if (mail == null) {
                continue;
            }
            assertTrue(mail.matches("[a-z0-9]{16}@marketplace\\.amazon\\.[a-z.]+"), mail);
            Set<Object> seen = addressesByMail.computeIfAbsent(mail, m -> new HashSet<>());
            if (!seen.isEmpty()) {
                repeats++;
            }
            seen.add(order.shipTo());
        }
        assertTrue(repeats >= 20, "repeat orders: " + repeats);
        addressesByMail.values().forEach(a -> assertEquals(1, a.size()));
    }

    @Test
    void rejectsAnEmptyCatalog() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DemoOrders(1, List.of()));
        assertTrue(e.getMessage().contains("catalog is empty"));
    }
}
