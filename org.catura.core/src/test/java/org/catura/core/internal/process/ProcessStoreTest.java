package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.HandInResult;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProcessStoreTest {

    static TestDatabase db;
    final ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void anOrderHandedInTwiceIsStoredOnce() {
        ImportedOrder order = TestOrders.order("303-0000001-0000001");
        HandInResult first = db.database().inTransaction(tx -> store.handIn(tx, order, "{\"raw\":1}"));
        HandInResult second = db.database().inTransaction(tx -> store.handIn(tx, order, "{\"raw\":2}"));
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.orderId(), second.orderId());
        assertEquals(1, db.count("select count(*) from catura_order where external_id = '303-0000001-0000001'"));
        ImportedOrder stored = db.database().inTransaction(tx -> store.order(tx, first.orderId())).orElseThrow();
        assertEquals(order, stored);
    }

    @Test
    void pendingOrdersWaitAndCancelledOnesEndAtOnce() {
        ImportedOrder base = TestOrders.order("x");
        ImportedOrder pending = TestOrders.order("303-0000002-0000001", base.buyer(), base.shipTo(),
                ChannelOrderStatus.PENDING, base.lines());
        ImportedOrder cancelled = TestOrders.order("303-0000002-0000002", base.buyer(), base.shipTo(),
                ChannelOrderStatus.CANCELLED, base.lines());
        long p = db.database().inTransaction(tx -> store.handIn(tx, pending, null)).orderId();
        long c = db.database().inTransaction(tx -> store.handIn(tx, cancelled, null)).orderId();
        assertEquals(OrderState.WAITING_AT_CHANNEL,
                db.database().inTransaction(tx -> store.view(tx, p)).orElseThrow().state());
        assertEquals(OrderState.CANCELLED, db.database().inTransaction(tx -> store.view(tx, c)).orElseThrow().state());
    }

    @Test
    void movingByHandClearsErrorsResolvesIssuesAndIsOnTheTimeline() {
        ImportedOrder order = TestOrders.order("303-0000003-0000001", new Buyer("A", null, null, null, null),
                TestOrders.address("A", "Weg 1", "20095", "Hamburg", "DE"), ChannelOrderStatus.UNSHIPPED,
                TestOrders.order("y").lines());
        long id = db.database().inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        db.execute("update catura_process set state = 'MANUAL_QUEUE', attempts = 3, parked = true, "
                + "last_error = 'boom' where order_id = " + id);
        db.execute("insert into catura_order_issue (order_id, code, detail, station) values (" + id
                + ", 'UNKNOWN_SKU', 'SKU X', 'sales-order')");
        db.database().inTransaction(tx -> {
            store.moveTo(tx, id, OrderState.ORDER_ENTERED, "clerk anna", "SKU mapped by hand");
            return null;
        });
        var view = db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
        assertEquals(OrderState.ORDER_ENTERED, view.state());
        assertEquals(0, view.attempts());
        assertFalse(view.parked());
        assertEquals(null, view.lastError());
        assertEquals(0, db.count("select count(*) from catura_order_issue where not resolved and order_id = " + id));
        List<ProcessEvent> timeline = db.database().inTransaction(tx -> store.timeline(tx, id));
        ProcessEvent last = timeline.get(timeline.size() - 1);
        assertEquals("clerk anna", last.station());
        assertEquals(OrderState.MANUAL_QUEUE, last.from());
        assertEquals(OrderState.ORDER_ENTERED, last.to());
        assertEquals("SKU mapped by hand", last.message());
    }

    @Test
    void aChosenCustomerIsLinkedRecordedAsTheMatchAndOnTheTimeline() {
        long id = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("303-0000009-0000001"), null))
                .orderId();
        db.execute("update catura_process set state = 'MANUAL_QUEUE', bpartner_id = 1001 where order_id = " + id);
        db.execute("insert into catura_order_customer (order_id, bpartner_id, ship_location_id, bill_location_id,"
                + " contact_id, match_rule, reason) values (" + id + ", 1001, 11, 11, 21, 'NAME_AND_ADDRESS', 'x')");
        db.database().inTransaction(tx -> {
            store.chooseCustomer(tx, id, new ChosenCustomer(1002, 12, 13, 0), "anna", "the company ordered");
            return null;
        });
        var view = db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
        assertEquals(Integer.valueOf(1002), view.documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals(OrderState.MANUAL_QUEUE, view.state(), "the state stays");
        assertEquals(1, db.count("select count(*) from catura_order_customer where order_id = " + id
                + " and bpartner_id = 1002 and ship_location_id = 12 and bill_location_id = 13 and contact_id = 0"
                + " and match_rule = 'CHOSEN' and reason = 'chosen by anna: the company ordered'"));
        List<ProcessEvent> timeline = db.database().inTransaction(tx -> store.timeline(tx, id));
        ProcessEvent last = timeline.get(timeline.size() - 1);
        assertEquals("anna", last.station());
        assertEquals("Customer changed by anna from business partner 1001 to 1002: the company ordered",
                last.message());
        assertThrows(IllegalArgumentException.class, () -> db.database().inTransaction(tx -> {
            store.chooseCustomer(tx, 99999999L, new ChosenCustomer(1002, 12, 13, 0), "anna", null);
            return null;
        }));
    }

    @Test
    void findsAndListsByState() {
        ImportedOrder order = TestOrders.order("303-0000004-0000001");
        long id = db.database().inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        assertEquals(Optional.of(id), db.database().inTransaction(
                tx -> store.findOrderId(tx, "amazon-de", "303-0000004-0000001")));
        assertTrue(db.database().inTransaction(tx -> store.list(tx, Optional.of(OrderState.RECEIVED), 100))
                .stream().anyMatch(v -> v.orderId() == id));
        assertTrue(db.database().inTransaction(tx -> store.countByState(tx)).get(OrderState.RECEIVED) >= 1);
    }

    static ImportedOrder version(ImportedOrder o, ChannelOrderStatus status, int minutesLater,
            java.util.Set<org.catura.core.api.order.OrderFlag> flags) {
        return new ImportedOrder(o.channel(), o.externalId(), o.marketplaceId(), o.purchasedAt(),
                o.lastUpdatedAt().plusSeconds(60L * minutesLater), status, o.fulfilment(), o.buyer(), o.shipTo(),
                o.billTo(), o.currency(), o.pricesIncludeTax(), o.orderTotal(), o.serviceLevel(), flags,
                o.purchaseOrderNumber(), "changed my mind", o.deliveryInstructions(), o.latestShipDate(), o.lines());
    }

    OrderState state(long id) {
        return db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().state();
    }

    @Test
    void channelUpdatesMoveTheProcessWhereTheChangeRequires() {
        ImportedOrder base = TestOrders.order("303-0000005-0000001");
        ImportedOrder pending = version(base, ChannelOrderStatus.PENDING, 0, Set.of());
        long id = db.database().inTransaction(tx -> store.handIn(tx, pending, null)).orderId();
        assertEquals(OrderState.WAITING_AT_CHANNEL, state(id));

        ImportedOrder payable = version(base, ChannelOrderStatus.UNSHIPPED, 5, Set.of());
        assertEquals(org.catura.core.api.process.UpdateResult.RELEASED_FROM_WAITING,
                db.database().inTransaction(tx -> store.update(tx, payable, null)));
        assertEquals(OrderState.RECEIVED, state(id));
        assertEquals(org.catura.core.api.process.UpdateResult.UNCHANGED,
                db.database().inTransaction(tx -> store.update(tx, pending, null)), "an older version is ignored");

        db.execute("update catura_process set state = 'RELEASED' where order_id = " + id);
        ImportedOrder asked = version(base, ChannelOrderStatus.UNSHIPPED, 10,
                Set.of(org.catura.core.api.order.OrderFlag.CANCELLATION_REQUESTED));
        assertEquals(org.catura.core.api.process.UpdateResult.CANCELLATION_REQUESTED,
                db.database().inTransaction(tx -> store.update(tx, asked, null)));
        assertEquals(OrderState.MANUAL_QUEUE, state(id));

        db.execute("update catura_process set state = 'SHIPPED' where order_id = " + id);
        ImportedOrder cancelled = version(base, ChannelOrderStatus.CANCELLED, 15, Set.of());
        assertEquals(org.catura.core.api.process.UpdateResult.CANCELLED_AFTER_SHIPPING,
                db.database().inTransaction(tx -> store.update(tx, cancelled, null)));
        assertEquals(OrderState.MANUAL_QUEUE, state(id));
        assertEquals(1, db.count("select count(*) from catura_order_issue where code = 'CANCELLED_AFTER_SHIPPING' "
                + "and order_id = " + id));
        assertEquals(ChannelOrderStatus.CANCELLED,
                db.database().inTransaction(tx -> store.order(tx, id)).orElseThrow().status());
    }

    @Test
    void aNoteIsATimelineLineThatMovesNothing() {
        long id = db.database().inTransaction(tx -> store.handIn(tx, TestOrders.order("303-0000099-0000001"), null))
                .orderId();
        OrderState before = db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().state();
        db.database().inTransaction(tx -> {
            store.note(tx, id, "shipping", "Tracking number replaced: 1 → 2");
            return null;
        });
        ProcessEvent last = db.database().inTransaction(tx -> store.timeline(tx, id)).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("shipping", last.station());
        assertEquals("Tracking number replaced: 1 → 2", last.message());
        assertEquals(null, last.to());
        assertEquals(before, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().state());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> db.database().inTransaction(tx -> {
                    store.note(tx, 987654321L, "shipping", "x");
                    return null;
                }));
    }
}
