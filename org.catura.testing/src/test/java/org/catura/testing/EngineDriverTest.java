package org.catura.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineDriverTest {

    private final TestDatabase db = TestDatabase.create();

    @AfterEach
    void drop() {
        db.close();
    }

    /** Received orders go to CUSTOMER_READY; there orders whose id starts with "fail" fail, the rest are done. */
    private EngineDriver driver(Duration retry) {
        ProcessEngine engine = new ProcessEngine(db.database(), new ProcessSettings(1000, retry, retry, 10,
                Duration.ofMinutes(1), Duration.ofMillis(10)), "driver-test", 0);
        engine.addStation(station("match", OrderState.RECEIVED, ctx -> OrderState.CUSTOMER_READY));
        engine.addStation(station("finish", OrderState.CUSTOMER_READY, ctx -> {
            if (ctx.order().externalId().startsWith("fail")) {
                throw new IllegalStateException("ERP down for " + ctx.order().externalId());
            }
            return OrderState.DONE;
        }));
        return new EngineDriver(db.database(), engine, new ProcessStore(engine::workStates, engine::sinkTopics));
    }

    private long handIn(String id) {
        ProcessStore store = new ProcessStore(Set::of);
        return db.tx(tx -> store.handIn(tx, TestOrder.order(id), null)).orderId();
    }

    @Test
    void runsTheStationsUntilNothingIsDue() {
        EngineDriver driver = driver(Duration.ofMillis(1));
        long a = handIn("302-1");
        long b = handIn("302-2");
        assertTrue(driver.runUntilIdle() > 0, "rounds that handled something are counted");
        assertEquals(OrderState.DONE, driver.view(a).state());
        assertEquals(OrderState.DONE, driver.view(b).state());
        assertEquals(0, driver.runUntilIdle(), "idle stays idle");
    }

    @Test
    void runsUntilOneOrderGetsWhereTheTestWantsIt() {
        EngineDriver driver = driver(Duration.ofMillis(1));
        long a = handIn("302-3");
        assertEquals(OrderState.DONE, driver.runUntil(a, OrderState.DONE).state());
    }

    @Test
    void tooManyBusyRoundsFailNamingWhereTheOrdersStand() {
        EngineDriver driver = driver(Duration.ofMillis(1)).withBounds(20, Duration.ofSeconds(30));
        handIn("302-4");
        long failing = handIn("fail-1");
        AssertionError e = assertThrows(AssertionError.class, driver::runUntilIdle);
        assertTrue(e.getMessage().startsWith("Waited for the order process to become idle in vain: 20 rounds"),
                e.getMessage());
        assertTrue(e.getMessage().contains("order " + failing + " (amazon-de fail-1) in CUSTOMER_READY, attempt "),
                e.getMessage());
        assertTrue(e.getMessage().contains("last error: ERP down for fail-1"), e.getMessage());
        assertTrue(e.getMessage().contains("DONE=1"), e.getMessage());
    }

    @Test
    void roundsThatMoveNothingFailAfterThePatience() {
        EngineDriver driver = driver(Duration.ofHours(1)).withBounds(100, Duration.ofMillis(200));
        long failing = handIn("fail-2");
        AssertionError e = assertThrows(AssertionError.class, () -> driver.runUntil(failing, OrderState.DONE));
        assertTrue(e.getMessage().startsWith("Waited for order " + failing + " to get there; it is order " + failing
                + " (amazon-de fail-2) in CUSTOMER_READY, attempt 1, last error: ERP down for fail-2 in vain: "
                + "nothing was handled for PT0.2S"), e.getMessage());
    }

    private static Station station(String name, OrderState input, Step step) {
        return new Station() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public OrderState input() {
                return input;
            }

            @Override
            public StationResult process(StationContext ctx) throws Exception {
                return StationResult.advance(step.next(ctx), name);
            }
        };
    }

    @FunctionalInterface
    private interface Step {
        OrderState next(StationContext ctx) throws Exception;
    }
}
