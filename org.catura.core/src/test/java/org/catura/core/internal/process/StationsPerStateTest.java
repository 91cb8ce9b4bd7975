package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StationsPerStateTest {

    static final ProcessSettings FAST = new ProcessSettings(3, Duration.ofMillis(50), Duration.ofMillis(200), 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    static TestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    static ImportedOrder on(String channel, String id) {
        ImportedOrder o = TestOrders.order(id);
        return new ImportedOrder(channel, id, o.marketplaceId(), o.purchasedAt(), o.lastUpdatedAt(), o.status(),
                o.fulfilment(), o.buyer(), o.shipTo(), o.billTo(), o.currency(), o.pricesIncludeTax(), o.orderTotal(),
                o.serviceLevel(), o.flags(), o.purchaseOrderNumber(), o.cancellationReason(),
                o.deliveryInstructions(), o.latestShipDate(), o.lines());
    }

    @Test
    void aChannelsOwnStationAndTheChannelNeutralOneAtOneStateEachGetOnlyTheirOrders() {
        db.reset();
        ProcessEngine engine = new ProcessEngine(db.database(), FAST, "n1", 0);
        ProcessStore store = new ProcessStore(engine);
        Confirming neutral = new Confirming("confirm", Set.of());
        Confirming vendor = new Confirming("vendor-confirm", Set.of("vendor-eu", "vendor-us"));
        engine.addStation(neutral);
        engine.addStation(vendor);
        for (int i = 0; i < 6; i++) {
            String channel = i % 3 == 0 ? "amazon-de" : i % 3 == 1 ? "vendor-eu" : "vendor-us";
            String external = "P-" + i;
            long id = db.database().inTransaction(tx -> store.handIn(tx, on(channel, external), null))
                    .orderId();
            if (i < 3) {
                db.database().inTransaction(tx -> {
                    store.moveTo(tx, id, OrderState.SHIPPED, "test", "shipped");
                    return null;
                });
            }
        }
        while (engine.runOnce() > 0) {
            // until nothing is left
        }
        assertEquals(Map.of("amazon-de", 1), neutral.seen);
        assertEquals(Map.of("vendor-eu", 1, "vendor-us", 1), vendor.seen);
        assertEquals(3, db.count("select count(*) from catura_process where state = 'SHIPMENT_CONFIRMED'"));
        assertEquals(1, db.count("select count(*) from catura_process_event where station = 'confirm'"));
        assertEquals(2, db.count("select count(*) from catura_process_event where station = 'vendor-confirm'"));
    }

    @Test
    void twoStationsClaimingTheSameOrdersAreRefusedWithWhoAndWhich() {
        ProcessEngine engine = new ProcessEngine(db.database(), FAST, "n1", 0);
        engine.addStation(new Confirming("confirm", Set.of()));
        engine.addStation(new Confirming("vendor-confirm", Set.of("vendor-eu", "vendor-us")));

        IllegalStateException overlap = assertThrows(IllegalStateException.class,
                () -> engine.addStation(new Confirming("edi-confirm", Set.of("vendor-us", "edi"))));
        assertEquals("Both vendor-confirm and edi-confirm take the orders of [vendor-us] in state SHIPPED;"
                + " each order may have one station: name disjoint channels", overlap.getMessage());

        IllegalStateException second = assertThrows(IllegalStateException.class,
                () -> engine.addStation(new Confirming("other-confirm", Set.of())));
        assertTrue(second.getMessage().startsWith("Both confirm and other-confirm take every channel's orders in"
                + " state SHIPPED"), second.getMessage());
        assertEquals(Set.of(OrderState.SHIPPED), engine.workStates());
    }

    /** Confirms shipments at SHIPPED and counts the orders it got per channel. */
    static final class Confirming implements Station {
        final String name;
        final Set<String> channels;
        final Map<String, Integer> seen = new TreeMap<>();

        Confirming(String name, Set<String> channels) {
            this.name = name;
            this.channels = channels;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public OrderState input() {
            return OrderState.SHIPPED;
        }

        @Override
        public Set<String> channels() {
            return channels;
        }

        @Override
        public StationResult process(StationContext ctx) {
            seen.merge(ctx.order().channel(), 1, Integer::sum);
            return StationResult.advance(OrderState.SHIPMENT_CONFIRMED, "Confirmed");
        }
    }
}
