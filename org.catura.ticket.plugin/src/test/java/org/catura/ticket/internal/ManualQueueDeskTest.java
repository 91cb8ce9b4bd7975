package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.Claim;
import org.catura.ticket.api.ClaimRefusedException;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.ShipToChange;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketAction;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketException;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.Test;

class ManualQueueDeskTest extends TicketTestBase {

    @Test
    void theQueueListsQueuedAndParkedOrdersWithReasonsHolderAndWhereTheyContinue() {
        long queued = queuedOrder();
        long parked = parkedOrder();
        watcher().run();
        tx(x -> desk.claim(x, queued, "anna"));

        List<QueuedOrder> list = tx(desk::list);
        assertEquals(List.of(queued, parked), list.stream().map(QueuedOrder::orderId).toList());
        QueuedOrder q = list.get(0);
        assertEquals(OrderState.MANUAL_QUEUE, q.state());
        assertEquals(OrderState.ORDER_ENTERED, q.continueAt(), "queued by release: release runs again");
        assertEquals("anna", q.holder());
        assertEquals(2, q.reasons().size());
        assertTrue(q.reasons().get(0).startsWith("UNKNOWN_SKU: SKU NOPE-404"), q.reasons().toString());
        assertTrue(q.message().startsWith("To the manual queue"), q.message());
        assertTrue(q.ticketId() != null && q.salesOrderId() != null && q.bpartnerId() != null);
        QueuedOrder p = list.get(1);
        assertTrue(p.parked());
        assertEquals(OrderState.RELEASED, p.continueAt(), "a parked order retries its station");
        assertEquals(CARRIER_DOWN, p.message());
        assertFalse(p.claimed());
    }

    @Test
    void ofTwoClerksClaimingAtOnceOneWinsAndTheOtherIsToldWhoHoldsIt() throws Exception {
        long orderId = queuedOrder();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> attempts = new ArrayList<>();
        try {
            for (String clerk : List.of("anna", "ben")) {
                attempts.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return tx(x -> desk.claim(x, orderId, clerk));
                    } catch (ClaimRefusedException e) {
                        return e;
                    }
                }));
            }
            Object a = attempts.get(0).get(30, TimeUnit.SECONDS);
            Object b = attempts.get(1).get(30, TimeUnit.SECONDS);
            List<Claim> won = new ArrayList<>();
            List<ClaimRefusedException> lost = new ArrayList<>();
            for (Object r : List.of(a, b)) {
                if (r instanceof Claim c) {
                    won.add(c);
                } else {
                    lost.add((ClaimRefusedException) r);
                }
            }
            assertEquals(1, won.size(), "exactly one clerk wins");
            assertEquals(1, lost.size());
            String winner = won.get(0).holder();
            assertEquals(winner, lost.get(0).holder().orElseThrow());
            assertTrue(lost.get(0).getMessage().contains("is held by " + winner), lost.get(0).getMessage());
            assertEquals(winner, tx(x -> desk.get(x, orderId)).orElseThrow().holder());
            Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow();
            assertEquals(winner, t.assignee());
            assertEquals(TicketStatus.IN_PROGRESS, t.status());
            assertEquals(1, count("select count(*) from catura_ticket_action where kind = 'CLAIMED'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claimingAgainAsHolderIsANoOpAndReleaseFreesTheOrder() {
        long orderId = queuedOrder();
        Claim first = tx(x -> desk.claim(x, orderId, "anna"));
        Claim again = tx(x -> desk.claim(x, orderId, "anna"));
        assertEquals(first, again);

        ClaimRefusedException notHolder = assertThrows(ClaimRefusedException.class,
                () -> tx(x -> { desk.release(x, orderId, "ben"); return null; }));
        assertEquals("anna", notHolder.holder().orElseThrow());

        tx(x -> { desk.release(x, orderId, "anna"); return null; });
        assertNull(tx(x -> desk.get(x, orderId)).orElseThrow().holder());
        assertEquals("ben", tx(x -> desk.claim(x, orderId, "ben")).holder());
    }

    @Test
    void backToAutomationRunsReleaseAgainWithTheCorrectionsResolvesIssuesAndClosesTheTicket() {
        long orderId = queuedOrder();
        watcher().run();
        long ticketId = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow().id();
        int mug = tx(x -> erp.products().findBySku(x, "CAT-MUG-001")).orElseThrow().id();
        int vat = tx(x -> erp.taxes().findByRate(x, new BigDecimal("19"), "DE")).orElseThrow().id();

        tx(x -> desk.claim(x, orderId, "anna"));
        SalesOrder corrected = tx(x -> desk.replaceLines(x, orderId, "anna", List.of(
                OrderLineDraft.product(mug, "Mug (was NOPE-404)", new BigDecimal("2"), new BigDecimal("9.99"), vat))));
        assertEquals(0, new BigDecimal("19.98").compareTo(corrected.grandTotal()));
        OrderState next = tx(x -> desk.backToAutomation(x, orderId, "anna", "SKU NOPE-404 is our mug"));

        assertEquals(OrderState.ORDER_ENTERED, next);
        assertEquals(OrderState.ORDER_ENTERED, view(orderId).state());
        assertEquals(0, count("select count(*) from catura_order_issue where order_id = ? and not resolved", orderId));
        Ticket t = tx(x -> tickets.get(x, ticketId)).orElseThrow();
        assertEquals(TicketStatus.CLOSED, t.status());
        List<TicketAction> history = tx(x -> tickets.history(x, ticketId));
        TicketAction lines = history.stream().filter(a -> a.kind() == TicketActionKind.CORRECTION).findFirst()
                .orElseThrow();
        assertEquals("lines", lines.field());
        assertTrue(lines.oldValue().endsWith("= 0.00 EUR") || lines.oldValue().contains("= 0"), lines.oldValue());
        assertTrue(lines.newValue().contains("2 × product " + mug), lines.newValue());
        TicketAction back = history.stream().filter(a -> a.kind() == TicketActionKind.BACK_TO_AUTOMATION)
                .findFirst().orElseThrow();
        assertEquals("MANUAL_QUEUE", back.oldValue());
        assertEquals("ORDER_ENTERED", back.newValue());
        assertEquals("SKU NOPE-404 is our mug", back.comment());
        assertEquals(TicketActionKind.CLOSED, history.get(history.size() - 1).kind());
        assertEquals(0, count("select count(*) from catura_ticket_claim"));
        assertTrue(tx(x -> desk.get(x, orderId)).isEmpty(), "no longer in the queue");

        // It continues like any other order: release completes it now.
        OrderProcessView released = runUntil(orderId, v -> v.state() != OrderState.ORDER_ENTERED);
        assertEquals(OrderState.RELEASED, released.state());
        assertEquals(DocStatus.COMPLETED, salesOrder(orderId).status());
    }

    @Test
    void onlyTheHolderMaySendAnOrderBack() {
        long orderId = queuedOrder();
        ClaimRefusedException unclaimed = assertThrows(ClaimRefusedException.class,
                () -> tx(x -> desk.backToAutomation(x, orderId, "ben", null)));
        assertTrue(unclaimed.holder().isEmpty());
        assertTrue(unclaimed.getMessage().contains("is not claimed"), unclaimed.getMessage());

        tx(x -> desk.claim(x, orderId, "anna"));
        ClaimRefusedException other = assertThrows(ClaimRefusedException.class,
                () -> tx(x -> desk.backToAutomation(x, orderId, "ben", null)));
        assertEquals("anna", other.holder().orElseThrow());
        assertTrue(other.getMessage().contains("held by anna; only anna may send it back"), other.getMessage());
        assertThrows(ClaimRefusedException.class, () -> tx(x -> { desk.cancel(x, orderId, "ben", "no"); return null; }));

        assertEquals(OrderState.MANUAL_QUEUE, view(orderId).state(), "nothing moved");
        assertTrue(count("select count(*) from catura_order_issue where order_id = ? and not resolved", orderId) > 0);
    }

    @Test
    void cancelVoidsTheSalesOrderMovesTheOrderToCancelledAndClosesTheTicket() {
        long orderId = queuedOrder();
        watcher().run();
        long ticketId = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow().id();
        assertEquals(DocStatus.DRAFTED, salesOrder(orderId).status());
        tx(x -> desk.claim(x, orderId, "anna"));

        TicketException noReason = assertThrows(TicketException.class,
                () -> tx(x -> { desk.cancel(x, orderId, "anna", " "); return null; }));
        assertTrue(noReason.getMessage().contains("needs a reason"));

        tx(x -> { desk.cancel(x, orderId, "anna", "buyer asked to cancel"); return null; });

        assertEquals(DocStatus.VOIDED, salesOrder(orderId).status());
        assertEquals(OrderState.CANCELLED, view(orderId).state());
        Ticket t = tx(x -> tickets.get(x, ticketId)).orElseThrow();
        assertEquals(TicketStatus.CLOSED, t.status());
        TicketAction cancelled = tx(x -> tickets.history(x, ticketId)).stream()
                .filter(a -> a.kind() == TicketActionKind.CANCELLED).findFirst().orElseThrow();
        assertEquals("anna", cancelled.who());
        assertTrue(cancelled.comment().startsWith("buyer asked to cancel; sales order "), cancelled.comment());
        assertTrue(tx(x -> process.timeline(x, orderId)).stream()
                .anyMatch(e -> e.to() == OrderState.CANCELLED && "anna".equals(e.station())));
        assertThrows(TicketException.class, () -> tx(x -> desk.claim(x, orderId, "anna")),
                "a cancelled order no longer waits for anyone");
    }

    @Test
    void aNewShipToAddressBecomesALocationOfThePartnerAndIsRecordedOldToNew() {
        long orderId = queuedOrder();
        tx(x -> desk.claim(x, orderId, "anna"));
        SalesOrder before = salesOrder(orderId);

        SalesOrder after = tx(x -> desk.changeShipTo(x, orderId, "anna", new ShipToChange("Hans Müller",
                new Location("Lindenallee 12", "Hinterhaus", null, null, "Potsdam", "14467", null, "DE"),
                "+49 331 1")));

        assertTrue(after.shipLocationId() != before.shipLocationId());
        assertEquals(after.shipLocationId(), salesOrder(orderId).shipLocationId(), "stored in the ERP");
        BusinessPartner bp = tx(x -> erp.businessPartners().get(x, before.bpartnerId())).orElseThrow();
        assertTrue(bp.locations().stream().anyMatch(l -> l.id() == after.shipLocationId() && l.shipTo()
                && "Potsdam".equals(l.location().city())));
        Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow();
        TicketAction change = tx(x -> tickets.history(x, t.id())).stream()
                .filter(a -> a.kind() == TicketActionKind.CORRECTION).findFirst().orElseThrow();
        assertEquals("ship-to address", change.field());
        assertTrue(change.oldValue().contains("Hauptstraße 5") && change.oldValue().contains("10115 Berlin"),
                change.oldValue());
        assertEquals("#" + after.shipLocationId() + " Lindenallee 12, Hinterhaus, 14467 Potsdam, DE",
                change.newValue());

        TicketException bad = assertThrows(TicketException.class, () -> tx(x -> desk.changeShipTo(x, orderId, "anna",
                new ShipToChange(null, new Location("Street 1", null, null, null, "Town", "1", null, "Germany"),
                        null))));
        assertTrue(bad.getMessage().contains("'Germany' is not an ISO 3166 alpha-2 code"), bad.getMessage());
    }

    @Test
    void withoutSalesOrderTheImportedAddressIsCorrectedAndTheEnteredCustomerPointedAtIt() {
        long orderId = handIn(TestOrder.from(order("CAT-MUG-001")).currency("EURO").build());
        runUntil(orderId, v -> v.state() == OrderState.MANUAL_QUEUE);
        assertNull(tx(x -> process.view(x, orderId)).orElseThrow().documents().get(DocumentKind.SALES_ORDER));
        tx(x -> desk.claim(x, orderId, "anna"));

        SalesOrder none = tx(x -> desk.changeShipTo(x, orderId, "anna", new ShipToChange("Hans Müller",
                new Location("Lindenallee 12", null, null, null, "Potsdam", "14467", null, "de"), null)));

        assertNull(none, "there is no sales order to return");
        assertEquals("Lindenallee 12", tx(x -> process.order(x, orderId)).orElseThrow().shipTo().addressLine1());
        assertEquals("DE", tx(x -> process.order(x, orderId)).orElseThrow().shipTo().countryCode());
        assertEquals("Potsdam", database.text("select l.city from catura_order_customer c join c_bpartner_location bl"
                + " on bl.c_bpartner_location_id = c.ship_location_id join c_location l on l.c_location_id ="
                + " bl.c_location_id where c.order_id = ?", orderId), "the sales order will be made with it");
        Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow();
        TicketAction change = tx(x -> tickets.history(x, t.id())).stream()
                .filter(a -> a.kind() == TicketActionKind.CORRECTION
                        && a.field().startsWith("delivery address")).findFirst().orElseThrow();
        assertTrue(change.oldValue().contains("Hauptstraße 5"), change.oldValue());
        assertTrue(change.newValue().contains("Lindenallee 12") && change.newValue().contains("14467 Potsdam"),
                change.newValue());
    }

    @Test
    void choosingAnotherCustomerMovesTheSalesOrderTheProcessLinkAndTheMatchAndIsOnTheTicket() {
        long orderId = queuedOrder();
        tx(x -> desk.claim(x, orderId, "anna"));
        int matched = view(orderId).documents().get(DocumentKind.BUSINESS_PARTNER);
        BusinessPartner other = tx(x -> erp.businessPartners().create(x,
                new BusinessPartnerDraft(null, "Müller GmbH", null, true, "DE811111111")));
        int warehouse = tx(x -> erp.businessPartners().addLocation(x, other.id(), "Lager",
                new Location("Industriestraße 1", null, null, null, "Potsdam", "14467", null, "DE"), true, true, null));
        int office = tx(x -> erp.businessPartners().addLocation(x, other.id(), "Büro",
                new Location("Hauptstr. 5", null, null, null, "Berlin", "10115", null, "DE"), true, true, null));

        tx(x -> { desk.chooseCustomer(x, orderId, "anna", other.id(), "the company ordered, not Hans"); return null; });
        replaceWithMugs(orderId);
        assertEquals(OrderState.ORDER_ENTERED, tx(x -> desk.backToAutomation(x, orderId, "anna", "fixed")));
        runUntil(orderId, OrderProcessView::parked);

        SalesOrder so = salesOrder(orderId);
        assertEquals(other.id(), so.bpartnerId(), "the ERP order names the chosen partner");
        assertEquals(DocStatus.COMPLETED, so.status(), "released after going back");
        assertEquals(office, so.shipLocationId(), "the partner's location with the delivery address, not " + warehouse);
        assertEquals(office, so.billLocationId());
        BusinessPartner now = tx(x -> erp.businessPartners().get(x, other.id())).orElseThrow();
        assertTrue(now.contacts().stream().anyMatch(c -> c.id() == so.contactId() && "Hans Müller".equals(c.name())),
                "the buyer became a contact of the chosen partner");
        assertEquals(Integer.valueOf(other.id()), view(orderId).documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals(1, count("select count(*) from catura_order_customer where order_id = ? and bpartner_id = ?"
                + " and ship_location_id = ? and match_rule = 'CHOSEN'"
                + " and reason = 'chosen by anna: the company ordered, not Hans'", orderId, other.id(), office));
        assertTrue(tx(x -> process.timeline(x, orderId)).stream().anyMatch(e -> "anna".equals(e.station())
                && ("Customer changed by anna from business partner " + matched + " to " + other.id()
                        + ": the company ordered, not Hans").equals(e.message())));

        // The order parked at the failing carrier since, which opened a ticket of its own: look at the queue's.
        Ticket t = tx(x -> tickets.find(x, org.catura.ticket.api.TicketQuery.ofOrder(orderId))).stream()
                .filter(k -> k.type() == TicketType.MANUAL_QUEUE).findFirst().orElseThrow();
        assertEquals(TicketStatus.CLOSED, t.status(), "closed when the order went back");
        assertEquals(Integer.valueOf(other.id()), t.bpartnerId());
        TicketAction change = tx(x -> tickets.history(x, t.id())).stream()
                .filter(a -> a.kind() == TicketActionKind.CORRECTION && "customer".equals(a.field())).findFirst()
                .orElseThrow();
        assertEquals("anna", change.who());
        assertTrue(change.oldValue().startsWith("#" + matched + " "), change.oldValue());
        assertTrue(change.newValue().startsWith("#" + other.id() + " ") && change.newValue().contains("Müller GmbH")
                && change.newValue().endsWith("ship-to #" + office + " Hauptstr. 5, 10115 Berlin, DE"),
                change.newValue());
        assertEquals("the company ordered, not Hans", change.comment());
    }

    @Test
    void aChosenCustomerWithoutTheDeliveryAddressGetsItAndUnknownOrCompletedAreRefused() {
        long orderId = queuedOrder();
        long parked = parkedOrder();
        tx(x -> desk.claim(x, orderId, "anna"));
        BusinessPartner other = tx(x -> erp.businessPartners().create(x,
                new BusinessPartnerDraft(null, "Anna Schmidt", null, false, null)));
        TicketException unknown = assertThrows(TicketException.class,
                () -> tx(x -> { desk.chooseCustomer(x, orderId, "anna", 987654, null); return null; }));
        assertTrue(unknown.getMessage().contains("no business partner 987654"), unknown.getMessage());
        assertThrows(ClaimRefusedException.class,
                () -> tx(x -> { desk.chooseCustomer(x, orderId, "ben", other.id(), null); return null; }));

        tx(x -> { desk.chooseCustomer(x, orderId, "anna", other.id(), null); return null; });
        SalesOrder so = salesOrder(orderId);
        BusinessPartner now = tx(x -> erp.businessPartners().get(x, other.id())).orElseThrow();
        assertEquals(other.id(), so.bpartnerId());
        assertTrue(now.locations().stream().anyMatch(l -> l.id() == so.shipLocationId() && l.shipTo()
                && "Hauptstraße 5".equals(l.location().address1())), "the goods still go where the buyer asked");
        assertEquals(1, count("select count(*) from catura_order_customer where order_id = ? and reason = ?",
                orderId, "chosen by anna"));

        tx(x -> desk.claim(x, parked, "anna"));
        TicketException completed = assertThrows(TicketException.class,
                () -> tx(x -> { desk.chooseCustomer(x, parked, "anna", other.id(), null); return null; }));
        assertTrue(completed.getMessage().contains("is completed"), completed.getMessage());
        assertTrue(view(parked).documents().get(DocumentKind.BUSINESS_PARTNER) != other.id(), "nothing changed");
    }

    private void replaceWithMugs(long orderId) {
        int mug = tx(x -> erp.products().findBySku(x, "CAT-MUG-001")).orElseThrow().id();
        int vat = tx(x -> erp.taxes().findByRate(x, new BigDecimal("19"), "DE")).orElseThrow().id();
        tx(x -> desk.replaceLines(x, orderId, "anna", List.of(
                OrderLineDraft.product(mug, "Mug", new BigDecimal("2"), new BigDecimal("9.99"), vat))));
    }

    @Test
    void aParkedOrderSentBackRetriesItsStationAndItsTicketCloses() {
        long orderId = parkedOrder();
        watcher().run();
        long ticketId = tx(x -> tickets.openTicket(x, orderId, TicketType.STATION_ERROR)).orElseThrow().id();
        tx(x -> desk.claim(x, orderId, "anna"));
        assertEquals(OrderState.RELEASED, tx(x -> desk.backToAutomation(x, orderId, "anna", "carrier is back")));

        OrderProcessView v = view(orderId);
        assertEquals(OrderState.RELEASED, v.state());
        assertFalse(v.parked());
        assertNull(v.lastError());
        assertEquals(TicketStatus.CLOSED, tx(x -> tickets.get(x, ticketId)).orElseThrow().status());
    }

    @Test
    void anOrderThatDoesNotWaitForAPersonIsRefusedWithWhereItIs() {
        long orderId = handIn(order("CAT-MUG-001"));
        TicketException e = assertThrows(TicketException.class, () -> tx(x -> desk.claim(x, orderId, "anna")));
        assertEquals("Cannot claim order " + orderId + ": it does not wait for a person, it is at RECEIVED",
                e.getMessage());
        TicketException none = assertThrows(TicketException.class, () -> tx(x -> desk.claim(x, 999999, "anna")));
        assertEquals("There is no order 999999", none.getMessage());
        assertThrows(TicketException.class, () -> tx(x -> desk.claim(x, orderId, " ")));
    }

    @Test
    void commentsGoToTheOrdersTicketOpeningItIfNeeded() {
        long orderId = queuedOrder();
        tx(x -> { desk.comment(x, orderId, "ben", "called the buyer, no answer"); return null; });
        Ticket t = tx(x -> tickets.openTicket(x, orderId, TicketType.MANUAL_QUEUE)).orElseThrow();
        List<TicketAction> h = tx(x -> tickets.history(x, t.id()));
        assertEquals(List.of(TicketActionKind.OPENED, TicketActionKind.COMMENT), h.stream().map(TicketAction::kind)
                .toList());
        assertEquals("called the buyer, no answer", h.get(1).comment());
        assertEquals(0, watcher().run().opened(), "the watcher finds the ticket there");
    }
}
