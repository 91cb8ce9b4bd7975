package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.UpdateResult;
import org.catura.testing.TestOrder;
import org.catura.ticket.api.OrderMovedException;
import org.catura.ticket.api.TicketException;
import org.junit.jupiter.api.Test;

/**
 * A clerk decides on what the desk showed; the channel may have moved the order meanwhile. The
 * clerk's move is then refused with what happened, and the channel's move stands.
 */
class DeskAfterChannelUpdateTest extends TicketTestBase {

    private static final Instant LATER = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void aClerksBackToAutomationRacingAmazonsCancellationIsRefusedAndTheCancellationStands() throws Exception {
        ImportedOrder order = order("NOPE-404");
        long orderId = handIn(order);
        runUntil(orderId, v -> v.state() == OrderState.MANUAL_QUEUE);
        tx(x -> desk.claim(x, orderId, "anna"));

        CountDownLatch updated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<UpdateResult> channel = CompletableFuture.supplyAsync(() -> tx(x -> {
            UpdateResult r = process.update(x, cancelled(order), null);
            updated.countDown();
            await(commit);
            return r;
        }));
        assertTrue(updated.await(20, TimeUnit.SECONDS));
        CompletableFuture<OrderState> clerk = CompletableFuture.supplyAsync(
                () -> tx(x -> desk.backToAutomation(x, orderId, "anna", "SKU is our mug")));
        awaitBlockedOnALock();
        commit.countDown();

        assertEquals(UpdateResult.CANCELLED, channel.get(20, TimeUnit.SECONDS));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> clerk.get(20, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof OrderMovedException, String.valueOf(refused.getCause()));
        String message = refused.getCause().getMessage();
        assertTrue(message.contains("Amazon-de cancelled the order: buyer changed mind")
                && message.contains("while you were looking at it; nothing was changed"), message);
        assertEquals(OrderState.CANCELLING, view(orderId).state(), "the cancellation stands");
    }

    @Test
    void aClerkWhoSawTheOrderParkedCannotSendItOnOnceTheBuyerAskedToCancel() {
        ImportedOrder order = order("CAT-MUG-001");
        long orderId = handIn(order);
        runUntil(orderId, OrderProcessView::parked);
        OrderState seen = view(orderId).state();
        tx(x -> desk.claim(x, orderId, "anna"));

        // The desk showed the order parked at the carrier; then the buyer's request arrives.
        assertEquals(UpdateResult.CANCELLATION_REQUESTED, tx(x -> process.update(x,
                TestOrder.from(order).flag(OrderFlag.CANCELLATION_REQUESTED).lastUpdatedAt(LATER).build(), null)));

        TicketException refused = assertThrows(TicketException.class,
                () -> tx(x -> desk.backToAutomation(x, orderId, "anna", "carrier is back", seen)));
        assertTrue(refused.getMessage().contains("The buyer asked to cancel after release")
                && refused.getMessage().contains("while you were looking at it; nothing was changed"),
                refused.getMessage());
        assertEquals(OrderState.MANUAL_QUEUE, view(orderId).state());
        assertEquals(1, count("select count(*) from catura_order_issue where order_id = ? and not resolved"
                + " and code = 'CANCELLATION_REQUESTED'", orderId), "the buyer's request stays open");
    }

    @Test
    void aClerksCancelAfterAmazonsCancellationSaysWhatHappenedAndChangesNothing() {
        ImportedOrder order = order("NOPE-404");
        long orderId = handIn(order);
        runUntil(orderId, v -> v.state() == OrderState.MANUAL_QUEUE);
        tx(x -> desk.claim(x, orderId, "anna"));
        assertEquals(UpdateResult.CANCELLED, tx(x -> process.update(x, cancelled(order), null)));

        TicketException refused = assertThrows(TicketException.class,
                () -> tx(x -> { desk.cancel(x, orderId, "anna", "out of stock", OrderState.MANUAL_QUEUE); return null; }));
        assertTrue(refused.getMessage().startsWith("Amazon-de cancelled the order: buyer changed mind at ")
                && refused.getMessage().contains("while you were looking at it; nothing was changed"),
                refused.getMessage());
        assertEquals(OrderState.CANCELLING, view(orderId).state());
        assertEquals(DocStatus.DRAFTED, salesOrder(orderId).status(), "the desk voided nothing");
    }

    private static ImportedOrder cancelled(ImportedOrder order) {
        return TestOrder.from(order).status(ChannelOrderStatus.CANCELLED).cancellationReason("buyer changed mind")
                .lastUpdatedAt(LATER).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until some session of this database waits for a row lock (the clerk's, behind the channel's). */
    private void awaitBlockedOnALock() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (count("select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock'") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the clerk's transaction never waited for the channel's");
    }
}
