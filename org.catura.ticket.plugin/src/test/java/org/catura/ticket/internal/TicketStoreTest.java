package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketAction;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketException;
import org.catura.ticket.api.TicketOpened;
import org.catura.ticket.api.TicketPriority;
import org.catura.ticket.api.TicketQuery;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.Test;

class TicketStoreTest extends TicketTestBase {

    @Test
    void everyChangeIsInTheHistoryWithWhoOldAndNew() {
        Instant due = Instant.parse("2026-12-01T12:00:00Z");
        Ticket t = tx(x -> tickets.open(x, new TicketDraft(TicketType.OTHER, "Printer of the packing station jams",
                null, null, 4711, null, due, null), "ben")).ticket();
        assertEquals(TicketPriority.MEDIUM, t.priority(), "the type's default");
        assertEquals(due, t.dueAt());
        assertEquals(Integer.valueOf(4711), t.bpartnerId());

        tx(x -> tickets.assign(x, t.id(), "anna", "ben", "you know the printer"));
        tx(x -> tickets.changeStatus(x, t.id(), TicketStatus.WAITING, "anna", "technician ordered"));
        tx(x -> tickets.changePriority(x, t.id(), TicketPriority.URGENT, "anna", null));
        tx(x -> tickets.changeDueDate(x, t.id(), due.plus(1, ChronoUnit.DAYS), "anna", null));
        tx(x -> tickets.comment(x, t.id(), "anna", "technician comes tomorrow"));
        tx(x -> tickets.assign(x, t.id(), "anna", "anna", "same again: no line"));
        Ticket closed = tx(x -> tickets.close(x, t.id(), "anna", "fixed"));

        assertEquals(TicketStatus.CLOSED, closed.status());
        assertTrue(closed.closedAt() != null);
        List<TicketAction> h = tx(x -> tickets.history(x, t.id()));
        assertEquals(List.of(TicketActionKind.OPENED, TicketActionKind.ASSIGNED, TicketActionKind.STATUS,
                TicketActionKind.PRIORITY, TicketActionKind.DUE_DATE, TicketActionKind.COMMENT,
                TicketActionKind.CLOSED), h.stream().map(TicketAction::kind).toList());
        assertEquals("ben", h.get(1).who());
        assertEquals(null, h.get(1).oldValue());
        assertEquals("anna", h.get(1).newValue());
        assertEquals("OPEN", h.get(2).oldValue());
        assertEquals("WAITING", h.get(2).newValue());
        assertEquals("technician ordered", h.get(2).comment());
        assertEquals("MEDIUM", h.get(3).oldValue());
        assertEquals("URGENT", h.get(3).newValue());
        assertEquals(due.toString(), h.get(4).oldValue());
        assertEquals("WAITING", h.get(6).oldValue());
        assertEquals("fixed", h.get(6).comment());
    }

    @Test
    void anOrderHasOneOpenTicketPerTypeAndANewOneAfterClosing() {
        // Only the watchdog's tickets here, not the queue ticket the order would get on being queued.
        long orderId = unheard(this::queuedOrder);
        TicketDraft draft = TicketDraft.forOrder(TicketType.NO_SHIPPING_CONFIRMATION, orderId, null,
                "No tracking number after 48 h", null);
        TicketOpened first = tx(x -> tickets.open(x, draft, "watchdog"));
        TicketOpened second = tx(x -> tickets.open(x, draft, "watchdog"));
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.ticket().id(), second.ticket().id());
        assertEquals(TicketPriority.HIGH, first.ticket().priority());

        tx(x -> tickets.close(x, first.ticket().id(), "anna", "carrier confirmed by phone"));
        TicketOpened third = tx(x -> tickets.open(x, draft, "watchdog"));
        assertTrue(third.created());
        assertEquals(2, tx(x -> tickets.find(x, TicketQuery.ofOrder(orderId))).size());
        assertEquals(List.of(third.ticket().id()), tx(x -> tickets.find(x, TicketQuery.open(10))).stream()
                .map(Ticket::id).toList());
    }

    @Test
    void findFiltersByAssigneeAndOverdue() {
        Ticket a = tx(x -> tickets.open(x, new TicketDraft(TicketType.OTHER, "a", null, null, null, null,
                Instant.now().minus(1, ChronoUnit.HOURS), "anna"), "ben")).ticket();
        Ticket b = tx(x -> tickets.open(x, new TicketDraft(TicketType.OTHER, "b", null, null, null, null, null,
                "ben"), "ben")).ticket();
        assertEquals(List.of(a.id()), tx(x -> tickets.find(x, new TicketQuery(null, null, null, null, null, false,
                true, 10))).stream().map(Ticket::id).toList());
        assertEquals(List.of(b.id()), tx(x -> tickets.find(x, new TicketQuery(null, null, "ben", null, null, true,
                false, 10))).stream().map(Ticket::id).toList());
        assertTrue(a.isOverdue(Instant.now()));
        assertFalse(b.isOverdue(Instant.now()), "due in the configured 48 hours");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        Ticket t = tx(x -> tickets.open(x, new TicketDraft(TicketType.OTHER, "x", null, null, null, null, null, null),
                "ben")).ticket();
        assertEquals("A comment on ticket " + t.id() + " needs some text", assertThrows(TicketException.class,
                () -> tx(x -> tickets.comment(x, t.id(), "anna", "  "))).getMessage());
        assertEquals("Say who wants to comment (a user name)", assertThrows(TicketException.class,
                () -> tx(x -> tickets.comment(x, t.id(), null, "hello"))).getMessage());
        assertEquals("There is no ticket 424242", assertThrows(TicketException.class,
                () -> tx(x -> tickets.close(x, 424242, "anna", null))).getMessage());
        assertEquals("A OTHER ticket needs a summary", assertThrows(TicketException.class,
                () -> tx(x -> tickets.open(x, new TicketDraft(TicketType.OTHER, "", null, null, null, null, null,
                        null), "ben"))).getMessage());
        tx(x -> tickets.close(x, t.id(), "anna", null));
        TicketException closed = assertThrows(TicketException.class,
                () -> tx(x -> tickets.changePriority(x, t.id(), TicketPriority.HIGH, "anna", null)));
        assertTrue(closed.getMessage().contains("cannot change the priority of a closed ticket"), closed.getMessage());
        assertEquals(2, tx(x -> tickets.history(x, t.id())).size(), "only OPENED and CLOSED");
        assertEquals(1, count("select count(*) from catura_ticket"));
    }

    @Test
    void priorityIsRaisedOneStepAndUrgentStaysUrgent() {
        assertEquals(TicketPriority.URGENT, TicketPriority.HIGH.raised());
        assertEquals(TicketPriority.HIGH, TicketPriority.MEDIUM.raised());
        assertEquals(TicketPriority.MEDIUM, TicketPriority.LOW.raised());
        assertEquals(TicketPriority.URGENT, TicketPriority.URGENT.raised());
    }
}
