package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Set;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.UpdateResult;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.Test;

class ChannelUpdateTest {

    static final Instant STORED_AT = Instant.parse("2026-11-20T10:05:00Z");
    final ImportedOrder stored = TestOrders.order("U-1");

    static ImportedOrder version(ImportedOrder o, ChannelOrderStatus status, Set<OrderFlag> flags, Instant updatedAt,
            String cancellationReason) {
        return new ImportedOrder(o.channel(), o.externalId(), o.marketplaceId(), o.purchasedAt(), updatedAt, status,
                o.fulfilment(), o.buyer(), o.shipTo(), o.billTo(), o.currency(), o.pricesIncludeTax(), o.orderTotal(),
                o.serviceLevel(), flags, o.purchaseOrderNumber(), cancellationReason, o.deliveryInstructions(),
                o.latestShipDate(), o.lines());
    }

    ImportedOrder later(ChannelOrderStatus status) {
        return version(stored, status, Set.of(), STORED_AT.plusSeconds(60), null);
    }

    @Test
    void theSameOrderAgainChangesNothing() {
        ChannelUpdate u = ChannelUpdate.decide(stored, TestOrders.order("U-1"), OrderState.RELEASED);
        assertEquals(UpdateResult.UNCHANGED, u.result());
        assertNull(u.next());
        assertNull(u.why());
    }

    @Test
    void anOlderVersionChangesNothingEvenWhenItSaysCancelled() {
        ImportedOrder older = version(stored, ChannelOrderStatus.CANCELLED, Set.of(), STORED_AT.minusSeconds(1), null);
        assertEquals(UpdateResult.UNCHANGED, ChannelUpdate.decide(stored, older, OrderState.RELEASED).result());
    }

    @Test
    void aVersionWithoutUpdateTimesIsComparedByContent() {
        ImportedOrder old = version(stored, ChannelOrderStatus.UNSHIPPED, Set.of(), null, null);
        ImportedOrder changed = version(stored, ChannelOrderStatus.PARTIALLY_SHIPPED, Set.of(), null, null);
        assertEquals(UpdateResult.UPDATED, ChannelUpdate.decide(old, changed, OrderState.RELEASED).result());
    }

    @Test
    void aCancellationBeforeTheCarrierVoidsTheDocuments() {
        ImportedOrder cancelled = version(stored, ChannelOrderStatus.CANCELLED, Set.of(), STORED_AT.plusSeconds(60),
                "buyer request");
        ChannelUpdate u = ChannelUpdate.decide(stored, cancelled, OrderState.SHIPMENT_CREATED);
        assertEquals(UpdateResult.CANCELLED, u.result());
        assertEquals(OrderState.CANCELLING, u.next());
        assertNull(u.issue());
        assertEquals("amazon-de cancelled the order: buyer request", u.why());
    }

    @Test
    void aCancellationAfterTheCarrierGoesToAPersonWithAnIssue() {
        for (OrderState s : Set.of(OrderState.TRANSMITTED, OrderState.SHIPPED, OrderState.SHIPMENT_CONFIRMED,
                OrderState.INVOICED)) {
            ChannelUpdate u = ChannelUpdate.decide(stored, later(ChannelOrderStatus.CANCELLED), s);
            assertEquals(UpdateResult.CANCELLED_AFTER_SHIPPING, u.result(), s.name());
            assertEquals(OrderState.MANUAL_QUEUE, u.next());
            assertEquals(IssueCode.CANCELLED_AFTER_SHIPPING, u.issue());
        }
    }

    @Test
    void aCancellationOfAFinishedOrderOrOneCancelledBeforeIsOnlyStored() {
        assertEquals(UpdateResult.UPDATED,
                ChannelUpdate.decide(stored, later(ChannelOrderStatus.CANCELLED), OrderState.DONE).result());
        ImportedOrder wasCancelled = version(stored, ChannelOrderStatus.CANCELLED, Set.of(), STORED_AT, null);
        ChannelUpdate again = ChannelUpdate.decide(wasCancelled, version(stored, ChannelOrderStatus.CANCELLED,
                Set.of(), STORED_AT.plusSeconds(5), "again"), OrderState.CANCELLING);
        assertEquals(UpdateResult.UPDATED, again.result());
        assertNull(again.next());
        assertEquals("Updated by amazon-de: cancelled", again.why());
    }

    @Test
    void aPendingOrderThatBecamePayableGoesIntoTheProcess() {
        ImportedOrder pending = version(stored, ChannelOrderStatus.PENDING, Set.of(), STORED_AT, null);
        ChannelUpdate u = ChannelUpdate.decide(pending, later(ChannelOrderStatus.UNSHIPPED),
                OrderState.WAITING_AT_CHANNEL);
        assertEquals(UpdateResult.RELEASED_FROM_WAITING, u.result());
        assertEquals(OrderState.RECEIVED, u.next());
        assertEquals("Payable now (unshipped)", u.why());
        assertEquals(UpdateResult.UPDATED, ChannelUpdate.decide(pending, version(stored, ChannelOrderStatus.PENDING,
                Set.of(OrderFlag.GIFT), STORED_AT.plusSeconds(5), null), OrderState.WAITING_AT_CHANNEL).result(),
                "still pending: it keeps waiting");
    }

    @Test
    void aCancellationRequestAfterReleaseGoesToAPersonOnlyBeforeTheCarrier() {
        ImportedOrder asked = version(stored, ChannelOrderStatus.UNSHIPPED, Set.of(OrderFlag.CANCELLATION_REQUESTED),
                STORED_AT.plusSeconds(60), "changed my mind");
        for (OrderState s : Set.of(OrderState.RELEASED, OrderState.SHIPMENT_CREATED, OrderState.CARRIER_CHOSEN)) {
            ChannelUpdate u = ChannelUpdate.decide(stored, asked, s);
            assertEquals(UpdateResult.CANCELLATION_REQUESTED, u.result(), s.name());
            assertEquals(OrderState.MANUAL_QUEUE, u.next());
            assertEquals(IssueCode.CANCELLATION_REQUESTED, u.issue());
            assertEquals("The buyer asked to cancel after release: changed my mind", u.why());
        }
        assertEquals(UpdateResult.UPDATED, ChannelUpdate.decide(stored, asked, OrderState.ORDER_ENTERED).result(),
                "before release the release rules see the flag");
        ImportedOrder askedBefore = version(stored, ChannelOrderStatus.UNSHIPPED,
                Set.of(OrderFlag.CANCELLATION_REQUESTED), STORED_AT, null);
        assertEquals(UpdateResult.UPDATED, ChannelUpdate.decide(askedBefore, asked, OrderState.RELEASED).result(),
                "asked once is handled once");
    }

    @Test
    void anyOtherChangeIsStoredAndTheProcessGoesOn() {
        ChannelUpdate u = ChannelUpdate.decide(stored, later(ChannelOrderStatus.SHIPPED), OrderState.SHIPPED);
        assertEquals(UpdateResult.UPDATED, u.result());
        assertNull(u.next());
        assertNull(u.issue());
        assertEquals("Updated by amazon-de: shipped", u.why());
    }
}
