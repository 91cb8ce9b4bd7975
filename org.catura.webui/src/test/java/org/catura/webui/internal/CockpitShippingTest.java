package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.webui.api.extension.OrderShippingFacts;
import org.catura.webui.api.extension.OrderShippingSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cockpit, the order page and the REST API with shipping running (a fake of what the shipping
 * bundle offers) and without it: carrier and tracking links per order, the carrier filter, overdue
 * confirmations, the order page's shipping section.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitShippingTest {

    Site site;
    final Map<Long, OrderShippingFacts> facts = new HashMap<>();
    long dhlOrder;
    long houseOrder;

    final OrderShippingSource fake = new OrderShippingSource() {
        @Override
        public Map<Long, OrderShippingFacts> of(Collection<Long> orderIds) {
            Map<Long, OrderShippingFacts> out = new LinkedHashMap<>();
            orderIds.stream().filter(facts::containsKey).forEach(id -> out.put(id, facts.get(id)));
            return out;
        }

        @Override
        public List<Long> ordersOf(String carrier, int limit) {
            return facts.values().stream().filter(f -> carrier.equals(f.carrier())).map(OrderShippingFacts::orderId)
                    .limit(limit).toList();
        }

        @Override
        public Map<String, String> carriers() {
            return Map.of("dhl", "DHL", "house", "Own warehouse");
        }

        @Override
        public List<OrderShippingFacts> overdue(int limit) {
            return facts.values().stream().filter(OrderShippingFacts::overdue).limit(limit).toList();
        }
    };

    @BeforeAll
    void start() throws Exception {
        site = new Site();
        dhlOrder = site.shippedOrder("Dora Dhl");
        houseOrder = site.shippedOrder("Hugo House");
        Instant due = Instant.parse("2026-12-01T16:00:00Z");
        facts.put(dhlOrder, new OrderShippingFacts(dhlOrder, "dhl", "DHL", "paket", "DHL Paket", new BigDecimal("4.99"),
                1, "DHL Paket: 4.99 EUR, 1 day (cheapest of 2 eligible)",
                List.of("3PL Standard: no stock of CAT-MUG-001 at 3PL"), Instant.parse("2026-12-01T10:00:00Z"), due,
                true, List.of(new OrderShippingFacts.Parcel(1, 1, "003404341606",
                        "https://www.dhl.de/verfolgen?piececode=003404341606", Instant.parse("2026-12-01T12:00:00Z")))));
        facts.put(houseOrder, new OrderShippingFacts(houseOrder, "house", "Own warehouse", "pickup", "Pick-up", null,
                null, "Own warehouse", List.of(), null, null, false, List.of(new OrderShippingFacts.Parcel(2, 1,
                        "HOUSE-1", "javascript:alert(1)", Instant.parse("2026-12-01T12:00:00Z")))));
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    private Client clerk() {
        Client c = new Client(site.url);
        assertEquals(302, c.login("clara", Site.PASSWORD).statusCode());
        return c;
    }

    @Test
    void theCockpitShowsCarrierTrackingLinksOverdueConfirmationsAndFiltersByCarrier() {
        site.shipping.set(fake);
        try {
            Client c = clerk();
            String page = c.get("/catura/").body();
            assertTrue(page.contains("<a href=\"https://www.dhl.de/verfolgen?piececode=003404341606\""), page);
            assertTrue(page.contains("HOUSE-1") && !page.contains("javascript:alert"), "only http(s) pages are links");
            assertTrue(page.contains("<b>1</b> overdue carrier confirmation"), "the overdue count");
            assertTrue(page.contains("overdue</span>"), "the overdue marker in the row");
            assertTrue(page.contains("<option value=\"dhl\">DHL</option>"), "the carrier filter");

            String dhl = c.get("/catura/?carrier=dhl").body();
            assertTrue(dhl.contains(site.view(dhlOrder).externalId()));
            assertFalse(dhl.contains(site.view(houseOrder).externalId()));
            assertTrue(dhl.contains("<option value=\"dhl\" selected>"));
        } finally {
            site.shipping.set(null);
        }
    }

    @Test
    void theOrderPageShowsTheDecisionTheExclusionsTheParcelsAndTheDueTime() {
        site.shipping.set(fake);
        try {
            String page = clerk().get("/catura/orders/" + dhlOrder).body();
            assertTrue(page.contains("id=\"shipping\""), page);
            assertTrue(page.contains("DHL Paket: 4.99 EUR, 1 day (cheapest of 2 eligible)"));
            assertTrue(page.contains("3PL Standard: no stock of CAT-MUG-001 at 3PL"));
            assertTrue(page.contains(">003404341606</a>"));
            assertTrue(page.contains("confirmation overdue"));
            assertTrue(page.contains("2026-12-01"), "the due time");
        } finally {
            site.shipping.set(null);
        }
    }

    @Test
    void theRestApiShowsCarrierServiceAndTrackingNumbers() throws Exception {
        site.shipping.set(fake);
        try {
            Client c = clerk();
            ObjectMapper json = new ObjectMapper();
            JsonNode list = json.readTree(c.get("/api/orders?carrier=dhl").body());
            assertEquals(1, list.size(), list.toString());
            JsonNode row = list.get(0);
            assertEquals(dhlOrder, row.path("orderId").asLong());
            assertEquals("dhl", row.path("shipping").path("carrier").asText());
            assertEquals("paket", row.path("shipping").path("service").asText());
            assertEquals("003404341606", row.path("shipping").path("trackingNumbers").get(0).asText());
            assertTrue(row.path("shipping").path("overdue").asBoolean());

            JsonNode order = json.readTree(c.get("/api/orders/" + houseOrder).body());
            assertEquals("house", order.path("shipping").path("carrier").asText());
            assertEquals("HOUSE-1", order.path("shipping").path("parcels").get(0).path("trackingNo").asText());
        } finally {
            site.shipping.set(null);
        }
    }

    @Test
    void withoutShippingThePagesShowNoShippingAndTheCarrierFilterSaysWhy() {
        Client c = clerk();
        String page = c.get("/catura/").body();
        assertFalse(page.contains("overdue carrier confirmation"));
        assertFalse(page.contains("<th>Carrier</th>"));
        assertFalse(c.get("/catura/orders/" + dhlOrder).body().contains("id=\"shipping\""));
        var refused = c.get("/catura/?carrier=dhl");
        assertEquals(503, refused.statusCode());
        assertTrue(refused.body().contains("Shipping is not running"), refused.body());
        assertFalse(c.get("/api/orders").body().contains("\"shipping\""));
    }
}
