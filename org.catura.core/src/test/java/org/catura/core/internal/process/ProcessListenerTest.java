package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.core.api.db.Sql;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessListener;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.api.process.Transition;
import org.catura.core.api.process.UpdateResult;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessListenerTest {

    static final ProcessSettings TWO_ATTEMPTS = new ProcessSettings(2, Duration.ZERO, Duration.ZERO, 10,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    static TestDatabase db;
    ProcessEngine engine;
    ProcessStore store;
    final List<Transition> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
        db.execute("create table if not exists test_listened (order_id bigint, to_state varchar(40))");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void start() {
        db.reset();
        db.execute("truncate test_listened");
        engine = new ProcessEngine(db.database(), TWO_ATTEMPTS, "n1", 0);
        store = new ProcessStore(engine);
        engine.addListener((tx, t) -> {
            heard.add(t);
            // A listener's own table, written in the transition's transaction.
            Sql.update(tx, "insert into test_listened (order_id, to_state) values (?, ?)", t.orderId(), t.to());
        });
    }

    long handIn(ImportedOrder order) {
        return db.database().inTransaction(tx -> store.handIn(tx, order, null)).orderId();
    }

    void runUntilNothingIsLeft() {
        while (engine.runOnce() > 0) {
            // on
        }
    }

    @Test
    void everyTransitionIsHeardWithOrderChannelStatesParkingAndWho() {
        engine.addStation(station(OrderState.RECEIVED, ctx -> StationResult.advance(OrderState.CUSTOMER_READY,
                "Customer ready")));
        engine.addStation(station(OrderState.CUSTOMER_READY, ctx -> {
            throw new IllegalStateException("ERP down");
        }));
        long id = handIn(TestOrders.order("L-1"));
        runUntilNothingIsLeft();
        db.database().inTransaction(tx -> {
            store.moveTo(tx, id, OrderState.RELEASED, "anna", "by hand");
            return null;
        });
        ImportedOrder o = TestOrders.order("L-1");
        ImportedOrder cancelled = ChannelUpdateTest.version(o, ChannelOrderStatus.CANCELLED, o.flags(),
                o.lastUpdatedAt().plusSeconds(60), null);
        assertEquals(UpdateResult.CANCELLED, db.database().inTransaction(tx -> store.update(tx, cancelled, null)));

        assertEquals(List.of(
                new Transition(id, "amazon-de", null, false, OrderState.RECEIVED, false, "hand-in",
                        "Received from amazon-de as unshipped"),
                new Transition(id, "amazon-de", OrderState.RECEIVED, false, OrderState.CUSTOMER_READY, false,
                        "station-RECEIVED", "Customer ready"),
                new Transition(id, "amazon-de", OrderState.CUSTOMER_READY, false, OrderState.CUSTOMER_READY, true,
                        "station-CUSTOMER_READY", "Failed 2 times, parked for a person: ERP down"),
                new Transition(id, "amazon-de", OrderState.CUSTOMER_READY, true, OrderState.RELEASED, false, "anna",
                        "by hand"),
                new Transition(id, "amazon-de", OrderState.RELEASED, false, OrderState.CANCELLING, false,
                        "channel-update", "amazon-de cancelled the order")), heard);
        assertTrue(heard.get(2).waitsAfter() && heard.get(3).waitedBefore() && !heard.get(3).waitsAfter());
        assertEquals(5, db.count("select count(*) from test_listened"), "the first failure is no transition");
    }

    @Test
    void aListenersExceptionRollsTheTransitionBack() {
        engine.addStation(station(OrderState.RECEIVED, ctx -> StationResult.advance(OrderState.MANUAL_QUEUE,
                "To the manual queue")));
        ProcessListener refusing = (tx, t) -> {
            if (t.to() == OrderState.MANUAL_QUEUE) {
                throw new IllegalStateException("no ticket today");
            }
        };
        engine.addListener(refusing);
        long id = handIn(TestOrders.order("L-2"));

        engine.runOnce();
        var view = db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
        assertEquals(OrderState.RECEIVED, view.state(), "the advance was rolled back");
        assertEquals(1, view.attempts(), "and counts as the station's failure");
        assertEquals("no ticket today", view.lastError());
        assertEquals(0, db.count("select count(*) from test_listened where to_state = 'MANUAL_QUEUE'"),
                "the other listener's effect went with it");

        IllegalStateException byHand = assertThrows(IllegalStateException.class,
                () -> db.database().inTransaction(tx -> {
                    store.moveTo(tx, id, OrderState.MANUAL_QUEUE, "anna", "look at it");
                    return null;
                }));
        assertEquals("no ticket today", byHand.getMessage());
        assertEquals(OrderState.RECEIVED, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().state());

        engine.removeListener(refusing);
        engine.runOnce();
        assertEquals(OrderState.MANUAL_QUEUE, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow()
                .state());
        assertFalse(heard.isEmpty());
    }

    interface Work {
        StationResult apply(StationContext ctx);
    }

    static Station station(OrderState input, Work work) {
        return new Station() {
            @Override
            public String name() {
                return "station-" + input;
            }

            @Override
            public OrderState input() {
                return input;
            }

            @Override
            public StationResult process(StationContext ctx) {
                return work.apply(ctx);
            }
        };
    }
}
