package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.TrackedParcel;
import org.junit.jupiter.api.Test;

/** {@code catura orders [--json]} shows each order's carrier, service and tracking numbers. */
class OrdersCommandShippingTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final List<OrderProcessView> orders = List.of(
            new OrderProcessView(41, "amazon-de", "302-1", OrderState.SHIPPED, 0, null, null, false, AT, AT, Map.of()),
            new OrderProcessView(42, "amazon-de", "302-2", OrderState.TRANSMITTED, 0, null, null, false, AT, AT, Map.of()));

    private final Map<Long, OrderShipping> shipping = Map.of(41L, new OrderShipping(41, "dhl", "DHL", "paket",
            "DHL Paket", new BigDecimal("4.99"), 1, "DHL Paket: 4.99 EUR", List.of(), AT, null, false,
            List.of(new TrackedParcel(1000, 1, "003404341606", "https://dhl.example/003404341606", AT),
                    new TrackedParcel(1000, 2, "003404341607", null, AT))),
            42L, new OrderShipping(42, "3pl", "Partner", "std", "Standard", null, null, "Partner", List.of(), AT,
                    AT.plusSeconds(3600), true, List.of()));

    private String print(boolean json) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OrdersCommand.print(orders, shipping, json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJsonCarriesCarrierServiceAndTrackingNumbersPerOrder() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(print(true));
        assertEquals(2, rows.size());
        assertEquals("302-1", rows.get(0).path("externalId").asText());
        assertEquals("dhl", rows.get(0).path("carrier").asText());
        assertEquals("paket", rows.get(0).path("service").asText());
        assertEquals("[\"003404341606\",\"003404341607\"]", rows.get(0).path("trackingNumbers").toString());
        assertEquals("3pl", rows.get(1).path("carrier").asText());
        assertEquals(0, rows.get(1).path("trackingNumbers").size());
        assertTrue(rows.get(1).path("confirmationOverdue").asBoolean());
    }

    @Test
    void theTableShowsCarrierServiceTrackingAndMarksAnOverdueConfirmation() throws Exception {
        String table = print(false);
        assertTrue(table.contains("CARRIER") && table.contains("TRACKING"), table);
        assertTrue(table.contains("dhl/paket") && table.contains("003404341606,003404341607"), table);
        assertTrue(table.contains("3pl/std!"), table);
        assertTrue(table.contains("! the carrier's confirmation is overdue"), table);
    }

    @Test
    void withoutShippingTheColumnsStayEmpty() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OrdersCommand.print(orders, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("2 order(s)"));
    }
}
