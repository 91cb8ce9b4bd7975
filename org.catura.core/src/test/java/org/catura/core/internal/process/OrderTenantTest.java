package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An order belongs to the tenant whose transaction handed it in; its stations run for that tenant. */
class OrderTenantTest {

    static TestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @Test
    void eachOrdersStationRunsInATransactionForTheOrdersTenantAndOtherWorkForTheNodes() {
        db.reset();
        ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));
        long standalone = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("T-1"), null)).orderId();
        long other = db.database().inTransaction(1000042,
                tx -> store.handIn(tx, TestOrders.order("T-2"), null)).orderId();
        assertEquals(1000000, db.count("select ad_client_id from catura_order where order_id = " + standalone));
        assertEquals(1000042, db.count("select ad_client_id from catura_order where order_id = " + other));

        Map<Long, Integer> seen = new ConcurrentHashMap<>();
        ProcessEngine engine = new ProcessEngine(db.database(), ProcessEngineTest.FAST, "n1", 1);
        engine.addStation(new Station() {
            @Override
            public String name() {
                return "tenant-probe";
            }

            @Override
            public OrderState input() {
                return OrderState.RECEIVED;
            }

            @Override
            public StationResult process(StationContext context) {
                seen.put(context.orderId(), context.tx().clientId());
                return StationResult.advance(OrderState.CUSTOMER_READY, "probed");
            }
        });
        engine.runOnce();

        assertEquals(Map.of(standalone, 1000000, other, 1000042), seen);
        assertEquals(Tx.STANDALONE_CLIENT_ID, db.database().inTransaction(Tx::clientId).intValue());
    }
}
