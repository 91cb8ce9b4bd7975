package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.testing.CountingDatabase;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts what the process costs in statements per order: a hand-in, and a station that links one
 * document, writes one note and advances (the station's own ERP work not counted). Before this
 * change: 3 per hand-in and 5 per order at a station plus the batch's claim.
 */
class StatementsPerOrderTest {

    static final int ORDERS = 40;
    static final ProcessSettings SETTINGS = new ProcessSettings(3, Duration.ofMillis(50), Duration.ofMillis(200),
            20, Duration.ofMinutes(5), Duration.ofMillis(20));

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
    void aStationMovesAnOrderWithItsLinkAndNoteInAtMostTwoStatementsBesidesTheClaim() {
        db.reset();
        CountingDatabase counting = new CountingDatabase(db.database().dataSource());
        ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));
        for (int i = 0; i < ORDERS; i++) {
            String id = "S-" + i;
            counting.database().inTransaction(tx -> store.handIn(tx, TestOrders.order(id), null));
        }
        double perHandIn = counting.statements() / (double) ORDERS;

        counting.reset();
        StationRunner runner = new StationRunner(counting.database(), SETTINGS, "n1");
        Station station = new LinkingStation();
        int batches = 0;
        while (runner.runBatch(station) > 0) {
            batches++;
        }
        batches++; // the last, empty claim
        double perOrder = (counting.statements() - batches) / (double) ORDERS;
        System.out.printf("Statements per order: hand-in %.2f, station %.2f (+ %d claims for %d orders)%n",
                perHandIn, perOrder, batches, ORDERS);

        assertEquals(ORDERS, db.count("select count(*) from catura_process where state = 'CUSTOMER_READY'"
                + " and bpartner_id = 7"));
        assertEquals(2L * ORDERS, db.count("select count(*) from catura_process_event where station = 'linker'"));
        assertTrue(perHandIn <= 1.0, "one statement per hand-in, was " + perHandIn);
        assertTrue(perOrder <= 2.0, "select the claimed row, then one statement for links, state and timeline; was "
                + perOrder);
    }

    /** Links a business partner, notes it and moves on. */
    static final class LinkingStation implements Station {
        @Override
        public String name() {
            return "linker";
        }

        @Override
        public OrderState input() {
            return OrderState.RECEIVED;
        }

        @Override
        public StationResult process(StationContext ctx) {
            ctx.link(DocumentKind.BUSINESS_PARTNER, 7);
            ctx.note("Partner 7 found");
            return StationResult.advance(OrderState.CUSTOMER_READY, "Customer ready");
        }
    }
}
