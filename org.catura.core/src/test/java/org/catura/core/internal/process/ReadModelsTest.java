package org.catura.core.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.process.OrderIssue;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderQuery;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.WaitingOrder;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadModelsTest {

    static TestDatabase db;
    final ProcessStore store = new ProcessStore(() -> Set.of(OrderState.RECEIVED));
    final OrderIssues issues = new OrderIssues();

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.reset();
    }

    <T> T tx(org.catura.core.api.db.TxWork<T> work) {
        return db.database().inTransaction(work);
    }

    long handIn(String channel, String id) {
        return tx(t -> store.handIn(t, StationsPerStateTest.on(channel, id), null)).orderId();
    }

    void move(long id, OrderState to, String message) {
        tx(t -> {
            store.moveTo(t, id, to, "release", message);
            return null;
        });
    }

    List<Long> ids(List<OrderProcessView> views) {
        return views.stream().map(OrderProcessView::orderId).toList();
    }

    @Test
    void theSearchFiltersByStateChannelReceivedDateAndTextAndPagesNewestFirst() {
        long a = handIn("amazon-de", "302-1111");
        long b = handIn("amazon-de", "302-2222");
        long c = handIn("vendor-eu", "PO-302-33_%");
        move(b, OrderState.RELEASED, "released");
        db.execute("update catura_order set received_at = '2026-11-01T00:00:00Z' where order_id = " + a);

        assertEquals(List.of(c, b, a), ids(tx(t -> store.search(t, OrderQuery.all()))));
        assertEquals(List.of(b), ids(tx(t -> store.search(t, OrderQuery.all().inState(OrderState.RELEASED)))));
        assertEquals(List.of(c), ids(tx(t -> store.search(t, OrderQuery.all().ofChannel("vendor-eu")))));
        assertEquals(List.of(a), ids(tx(t -> store.search(t, OrderQuery.all().receivedBetween(
                Instant.parse("2026-10-31T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"))))));
        assertEquals(List.of(c, b), ids(tx(t -> store.search(t, OrderQuery.all().receivedBetween(
                Instant.parse("2026-11-02T00:00:00Z"), null)))));
        assertEquals(List.of(c), ids(tx(t -> store.search(t, OrderQuery.all().containing("po-302")))));
        assertEquals(List.of(c), ids(tx(t -> store.search(t, OrderQuery.all().containing("_%")))),
                "LIKE's wildcards are searched for as text");
        assertEquals(List.of(b), ids(tx(t -> store.search(t, OrderQuery.all().page(1, 1)))));
        assertEquals(List.of(c), ids(tx(t -> store.search(t, OrderQuery.all().after(b)))));
        assertEquals(Map.of(OrderState.RECEIVED, 1L, OrderState.RELEASED, 1L),
                tx(t -> store.countByState(t, OrderQuery.all().ofChannel("amazon-de"))));
        assertThrows(IllegalArgumentException.class, () -> OrderQuery.all().page(0, 0));
    }

    @Test
    void ordersWaitingForAPersonSayWhySinceWhenAndWhereTheyContinue() {
        long queued = handIn("amazon-de", "W-1");
        long parked = handIn("amazon-de", "W-2");
        handIn("amazon-de", "W-3");
        move(queued, OrderState.ORDER_ENTERED, "entered");
        tx(t -> {
            issues.add(t, queued, "sales-order", new OrderIssues.Issue(IssueCode.UNKNOWN_SKU, "SKU NOPE-404"));
            issues.add(t, queued, "release", new OrderIssues.Issue(IssueCode.of("TOTAL_MISMATCH"), "19.98 against 0.00"));
            return null;
        });
        move(queued, OrderState.MANUAL_QUEUE, "To the manual queue: rule 'Import problems'");
        db.execute("update catura_process set parked = true, last_error = 'carrier down' where order_id = " + parked);

        List<WaitingOrder> waiting = tx(t -> store.waiting(t, 10));
        assertEquals(2, waiting.size());
        WaitingOrder q = tx(t -> store.waiting(t, queued)).orElseThrow();
        assertEquals(OrderState.MANUAL_QUEUE, q.state());
        assertEquals(OrderState.ORDER_ENTERED, q.continueAt(), "back to the state that queued it");
        assertEquals("To the manual queue: rule 'Import problems'", q.message());
        assertEquals(List.of("UNKNOWN_SKU: SKU NOPE-404", "TOTAL_MISMATCH: 19.98 against 0.00"),
                q.issues().stream().map(OrderIssue::toString).toList());
        Instant queuedAt = tx(t -> store.timeline(t, queued)).stream()
                .filter(e -> e.to() == OrderState.MANUAL_QUEUE).findFirst().orElseThrow().at();
        assertEquals(queuedAt, q.since());

        WaitingOrder p = waiting.stream().filter(w -> w.orderId() == parked).findFirst().orElseThrow();
        assertTrue(p.parked());
        assertEquals(OrderState.RECEIVED, p.continueAt(), "a parked order retries its station");
        assertEquals("carrier down", p.message());
        assertTrue(tx(t -> store.waiting(t, queued + 2)).isEmpty(), "an order on its way waits for no one");

        assertEquals(List.of(IssueCode.UNKNOWN_SKU, IssueCode.of("TOTAL_MISMATCH")),
                tx((Tx t) -> store.openIssues(t, queued)).stream().map(OrderIssue::code).toList());
        move(queued, OrderState.ORDER_ENTERED, "back");
        assertTrue(tx(t -> store.openIssues(t, queued)).isEmpty(), "sent on by a person: dealt with");
    }
}
