package org.catura.shipping.internal.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.TxWork;
import org.catura.shipping.api.OrderShipping;
import org.catura.shipping.api.ShippingOverview;
import org.catura.shipping.api.TrackedParcel;
import org.catura.webui.api.extension.OrderShippingFacts;
import org.junit.jupiter.api.Test;

/** The overview handed to the cockpit as it is, except tracking pages that are no http(s) address. */
class CockpitShippingTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final OrderShipping dhl = new OrderShipping(7, "dhl", "DHL", "paket", "DHL Paket", null, 1, "cheapest",
            List.of("3PL: no stock"), AT, AT.plusSeconds(60), true, List.of(
                    new TrackedParcel(1, 1, "0034", "https://www.dhl.de/?piececode=0034", AT),
                    new TrackedParcel(1, 2, "0035", "javascript:alert(1)", AT)));

    private final ShippingOverview overview = new ShippingOverview() {
        @Override
        public Optional<OrderShipping> of(Tx tx, long orderId) {
            return orderId == 7 ? Optional.of(dhl) : Optional.empty();
        }

        @Override
        public Map<Long, OrderShipping> of(Tx tx, Collection<Long> orderIds) {
            return orderIds.contains(7L) ? Map.of(7L, dhl) : Map.of();
        }

        @Override
        public List<Long> ordersOf(Tx tx, String carrier, int limit) {
            return carrier.equals("dhl") ? List.of(7L) : List.of();
        }

        @Override
        public List<OrderShipping> overdue(Tx tx, int limit) {
            return List.of(dhl);
        }
    };

    private final Database database = new Database() {
        @Override
        public <T> T inTransaction(TxWork<T> work) {
            try {
                return work.apply(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public DataSource dataSource() {
            throw new UnsupportedOperationException();
        }
    };

    private final CockpitShipping cockpit = new CockpitShipping(database, overview, () -> null);

    @Test
    void theFactsAreTheOverviewsAndOnlyHttpTrackingPagesBecomeLinks() {
        OrderShippingFacts f = cockpit.of(List.of(7L, 8L)).get(7L);
        assertEquals("dhl", f.carrier());
        assertEquals("DHL Paket", f.serviceName());
        assertEquals(List.of("3PL: no stock"), f.exclusions());
        assertEquals(List.of("0034", "0035"), f.trackingNumbers());
        assertEquals("https://www.dhl.de/?piececode=0034", f.parcels().get(0).trackingUrl());
        assertNull(f.parcels().get(1).trackingUrl());
        assertEquals(1, cockpit.of(List.of(7L, 8L)).size());
    }

    @Test
    void theCarrierFilterAndTheOverdueListComeFromTheOverview() {
        assertEquals(List.of(7L), cockpit.ordersOf("dhl", 10));
        assertEquals(7L, cockpit.overdue(10).get(0).orderId());
        assertEquals(Map.of(), cockpit.carriers(), "no catalogue running: no choices");
    }
}
