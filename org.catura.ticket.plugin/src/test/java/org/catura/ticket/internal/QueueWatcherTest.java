package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.OrderProcessView;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketAction;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketOpened;
import org.catura.ticket.api.TicketPriority;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.Test;

class QueueWatcherTest extends TicketTestBase {

    @Test
    void aQueuedOrderGetsOneManualQueueTicketWithItsReasonsAndDueDate() {
        Instant before = Instant.now();
        long orderId = queuedOrder();

        assertEquals(1, count("select count(*) from catura_ticket where order_id = ?", orderId),
                "opened in the transaction that queued the order");
        assertEquals(0, watcher().run().opened(), "a second look opens nothing");

        Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow();
        assertEquals(TicketStatus.OPEN, t.status());
        assertEquals(TicketPriority.MEDIUM, t.priority());
        assertEquals(view(orderId).documents().get(org.catura.core.api.process.DocumentKind.BUSINESS_PARTNER),
                t.bpartnerId());
        assertTrue(t.detail().contains("UNKNOWN_SKU: SKU NOPE-404"), t.detail());
        assertTrue(t.detail().contains("TOTAL_MISMATCH"), t.detail());
        assertTrue(t.detail().contains("rule 'Import problems'"), "the timeline line that queued it: " + t.detail());
        Duration due = Duration.between(before, t.dueAt());
        assertTrue(due.compareTo(Duration.ofHours(4).minusMinutes(1)) > 0
                && due.compareTo(Duration.ofHours(4).plusMinutes(1)) < 0, "due in the configured 4 hours: " + due);
        List<TicketAction> history = tx(x -> tickets.history(x, t.id()));
        assertEquals(1, history.size());
        assertEquals(TicketActionKind.OPENED, history.get(0).kind());
        assertEquals("system", history.get(0).who());
        assertEquals(1, count("select count(*) from catura_ticket"));
    }

    @Test
    void twoWatchersRunningAtOnceOpenExactlyOneTicketPerOrder() throws Exception {
        // Orders that came to wait while the plugin was down: the catch-ups of two nodes race for them.
        List<Long> orders = unheard(() -> List.of(queuedOrder(), queuedOrder(), queuedOrder(), parkedOrder()));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                QueueWatcher w = watcher();
                runs.add(pool.submit(() -> {
                    int opened = 0;
                    for (int round = 0; round < 3; round++) {
                        start.await(10, TimeUnit.SECONDS);
                        opened += w.run().opened();
                    }
                    return opened;
                }));
            }
            int opened = runs.get(0).get(60, TimeUnit.SECONDS) + runs.get(1).get(60, TimeUnit.SECONDS);
            assertEquals(orders.size(), opened, "each order's ticket was opened by exactly one watcher");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(orders.size(), count("select count(*) from catura_ticket"));
        assertEquals(orders.size(), count("select count(*) from catura_ticket_action where kind = 'OPENED'"));
        for (long orderId : orders.subList(0, 3)) {
            assertEquals(1, count("select count(*) from catura_ticket where order_id = ? and type = 'MANUAL_QUEUE'",
                    orderId));
        }
    }

    @Test
    void aSecondOpenerWaitingOnTheFirstGetsTheSameTicket() throws Exception {
        long orderId = unheard(this::queuedOrder);
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<TicketOpened> first = pool.submit(() -> tx(x -> {
                TicketOpened o = tickets.open(x, TicketDraft.forOrder(TicketType.MANUAL_QUEUE, orderId, null,
                        "first", null), "node-a");
                firstInserted.countDown();
                sleep(300); // the second opener now blocks on the open-ticket index until this commits
                return o;
            }));
            assertTrue(firstInserted.await(10, TimeUnit.SECONDS));
            TicketOpened second = tx(x -> tickets.open(x, TicketDraft.forOrder(TicketType.MANUAL_QUEUE, orderId, null,
                    "second", null), "node-b"));
            TicketOpened winner = first.get(10, TimeUnit.SECONDS);
            assertTrue(winner.created());
            assertFalse(second.created());
            assertEquals(winner.ticket().id(), second.ticket().id());
            assertEquals("first", second.ticket().summary());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from catura_ticket"));
    }

    @Test
    void aFailingOrderGetsAStationErrorTicketOnlyAfterTheAllowedAttempts() {
        long orderId = handIn(order("CAT-MUG-001"));
        OrderProcessView failedOnce = runUntil(orderId, v -> v.attempts() >= 1);
        assertFalse(failedOnce.parked(), "one failure of two allowed: it is retried, not parked");
        assertEquals(0, watcher().run().opened(), "no ticket while attempts are left");
        assertTrue(tx(x -> tickets.openTicket(x, orderId, TicketType.STATION_ERROR)).isEmpty());

        OrderProcessView parked = runUntil(orderId, OrderProcessView::parked);
        assertEquals(2, parked.attempts(), "parked after the allowed attempts");
        assertEquals(1, count("select count(*) from catura_ticket where order_id = ? and type = 'STATION_ERROR'",
                orderId), "opened in the transaction that parked it");
        assertEquals(0, watcher().run().opened());
        Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.STATION_ERROR)).orElseThrow();
        assertTrue(t.detail().contains("Last error: " + CARRIER_DOWN), t.detail());
        assertEquals(0, watcher().run().opened(), "one ticket, however often the watcher runs");
    }

    @Test
    void aParkedOrderGetsAStationErrorTicketWithTheLastError() {
        long orderId = parkedOrder();
        assertEquals(1, count("select count(*) from catura_ticket where order_id = ?", orderId));

        Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.STATION_ERROR)).orElseThrow();
        assertEquals(TicketPriority.HIGH, t.priority());
        assertTrue(t.summary().contains("parked at RELEASED"), t.summary());
        assertTrue(t.detail().contains("Last error: " + CARRIER_DOWN), t.detail());
        assertTrue(tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).isEmpty());
    }

    @Test
    void ticketsCloseWithAHistoryLineWhenTheOrderLeavesTheQueueOtherwise() {
        long queued = queuedOrder();
        long parked = parkedOrder();
        watcher().run();
        long queuedTicket = tx(x -> tickets.openTicket(x, queued, TicketType.MANUAL_QUEUE)).orElseThrow().id();
        long parkedTicket = tx(x -> tickets.openTicket(x, parked, TicketType.STATION_ERROR)).orElseThrow().id();
        tx(x -> desk.claim(x, queued, "anna"));

        // Someone moves both orders by hand, around the queue's own API.
        tx(x -> {
            process.moveTo(x, queued, OrderState.CANCELLED, "admin", "buyer cancelled by phone");
            process.moveTo(x, parked, OrderState.RELEASED, "admin", "carrier back");
            return null;
        });
        assertEquals(2, count("select count(*) from catura_ticket where status = 'CLOSED'"),
                "both closed in the transaction of the move");
        assertEquals(0, watcher().run().closed());

        Ticket q = tx(x -> tickets.get(x, queuedTicket)).orElseThrow();
        assertEquals(TicketStatus.CLOSED, q.status());
        assertTrue(q.closedAt() != null);
        TicketAction closing = tx(x -> tickets.history(x, queuedTicket)).stream()
                .filter(a -> a.kind() == TicketActionKind.CLOSED).findFirst().orElseThrow();
        assertEquals("The order left the manual queue; it is now at CANCELLED", closing.comment());
        assertEquals(TicketStatus.CLOSED, tx(x -> tickets.get(x, parkedTicket)).orElseThrow().status());
        assertTrue(tx(x -> tickets.history(x, parkedTicket)).stream()
                .anyMatch(a -> "The order is no longer parked; it is now at RELEASED".equals(a.comment())));
        assertEquals(0, count("select count(*) from catura_ticket_claim"), "the stale claim is gone");
        assertTrue(tx(x -> tickets.history(x, queuedTicket)).stream()
                .anyMatch(a -> a.kind() == TicketActionKind.UNCLAIMED && "anna".equals(a.oldValue())));
    }

    @Test
    void anOrderQueuedAgainGetsANewTicket() {
        long orderId = queuedOrder();
        watcher().run();
        tx(x -> {
            desk.claim(x, orderId, "anna");
            return desk.backToAutomation(x, orderId, "anna", "try again");
        });
        // The SKU is still unknown: release queues it again.
        runUntil(orderId, v -> v.state() == OrderState.MANUAL_QUEUE);
        assertEquals(0, watcher().run().opened(), "the second queueing opened its own ticket");
        assertEquals(2, count("select count(*) from catura_ticket where order_id = ?", orderId));
        assertEquals(1, count("select count(*) from catura_ticket where order_id = ? and status <> 'CLOSED'",
                orderId));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
