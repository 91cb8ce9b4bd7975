package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.db.Sql;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.internal.overview.ShippingOverviewStore;
import org.junit.jupiter.api.Test;

/** The overview over the shipping tables (contract 1's exclusions, tracking links, overdue) and the retention of messages. */
class OverviewAndRetentionTest extends ShippingTestBase {

    static final String DECISION = """
            {"facts":{"weightKg":2.4},"rule":null,"chosen":"parcelco/paket",
             "candidates":[{"carrier":"parcelco","carrierName":"ParcelCo","service":"paket","serviceName":"ParcelCo Paket",
                            "eligible":true,"rank":1,"price":"4.99","currency":"EUR","transitDays":1,"reasons":[]},
                           {"carrier":"3pl","carrierName":"3PL","service":"std","serviceName":"3PL Standard",
                            "eligible":false,"rank":null,"price":null,"currency":null,"transitDays":null,
                            "reasons":["no stock of CAT-MUG-001 at 3PL","no COD"]}]}""";

    void decide(Shipped s) {
        tx(t -> Sql.update(t, """
                insert into shipping_decision (shipment_id, order_id, decided_at, carrier, service, price, currency,
                                               transit_days, weight_kg, summary, decision)
                values (?, ?, now(), 'parcelco', 'paket', 4.99, 'EUR', 1, 2.4, 'ParcelCo Paket: 4.99 EUR, 1 day', ?::jsonb)""",
                s.shipmentId(), s.orderId(), DECISION));
    }

    @Test
    void anOrdersShippingShowsDecisionExclusionsParcelsWithLinksAndOverdue() throws Exception {
        Shipped late = transmittedOrder(1, carrierId, clock.instant().minus(Duration.ofMinutes(5)));
        Shipped fine = transmittedOrder(1, carrierId, clock.instant().plus(Duration.ofHours(5)));
        decide(late);
        decide(fine);
        ShippingOverviewStore overview = new ShippingOverviewStore(clock);

        OrderShipping before = tx(t -> overview.of(t, late.orderId())).orElseThrow();
        assertEquals("parcelco", before.carrier());
        assertEquals("ParcelCo", before.carrierName());
        assertEquals("ParcelCo Paket: 4.99 EUR, 1 day", before.decision());
        assertEquals(List.of("3PL Standard: no stock of CAT-MUG-001 at 3PL; no COD"), before.exclusions());
        assertTrue(before.overdue());
        assertEquals(List.of(late.orderId()), tx(t -> overview.overdue(t, 10)).stream().map(OrderShipping::orderId).toList());

        tx(t -> recorder.record(t, ConfirmationCsv.parse(CARRIER, ConfirmationSource.FOLDER, "a.csv",
                (ConfirmationCsv.HEADER + "\n" + late.reference() + ";;003404341601;;;;;\n").getBytes(StandardCharsets.UTF_8))
                .get(0)));

        Map<Long, OrderShipping> page = tx(t -> overview.of(t, List.of(late.orderId(), fine.orderId(), 999_999L)));
        assertEquals(Set.of(late.orderId(), fine.orderId()), page.keySet(), "an order without shipping is missing");
        OrderShipping after = page.get(late.orderId());
        assertFalse(after.overdue());
        assertEquals("https://track.example/?no=003404341601", after.parcels().get(0).trackingUrl());
        assertEquals(List.of(), tx(t -> overview.overdue(t, 10)));
        assertEquals(List.of(fine.orderId(), late.orderId()), tx(t -> overview.ordersOf(t, "PARCELCO", 10)));
    }

    @Test
    void retentionErasesTheMessagesOfAnOrderAndOldOnesOfNoOrder() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        tx(t -> recorder.record(t, ConfirmationCsv.parse(CARRIER, ConfirmationSource.FOLDER, "Erika Mustermann.csv",
                (ConfirmationCsv.HEADER + "\n" + s.reference() + ";;003404341601;;;;;\n").getBytes(StandardCharsets.UTF_8))
                .get(0)));
        tx(t -> recorder.reject(t, CARRIER, ConfirmationSource.IMAP, "for Erika", "Erika Mustermann, Berlin".getBytes(
                StandardCharsets.UTF_8), "no reference"));
        ShippingMessagePersonalData holder = new ShippingMessagePersonalData();

        Map<String, Integer> erased = tx(t -> holder.erase(t, List.of(new ErasableOrder(s.orderId(), "amazon-eu",
                s.externalId(), Set.of("Erika Mustermann")))));
        assertEquals(Map.of("shipping_message", 1), erased);
        assertEquals(Map.of("shipping_message", 0), tx(t -> holder.erase(t, List.of(new ErasableOrder(s.orderId(),
                "amazon-eu", s.externalId(), Set.of())))), "idempotent");
        assertEquals(Map.of("shipping_message", 0), tx(t -> holder.eraseWithoutOrder(t, 30)), "not old enough");
        tx(t -> Sql.update(t, "update shipping_message set received_at = now() - interval '31 days' where order_id is null"));
        assertEquals(Map.of("shipping_message", 1), tx(t -> holder.eraseWithoutOrder(t, 30)));
        assertEquals(0, count("select count(*) from shipping_message where convert_from(content, 'UTF8') like '%Erika%'"
                + " or raw_name like '%Erika%'"));
        assertEquals(2, count("select count(*) from shipping_message"), "the rows and their outcome stay");
    }
}
