package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketObserver;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketObserversTest extends TicketTestBase {

    private final List<String> told = new CopyOnWriteArrayList<>();

    /** One instance serves every test of the class (TicketTestBase): start each with nothing told. */
    @BeforeEach
    void nothingToldYet() {
        told.clear();
    }

    private TicketStore observed(TicketObserver... observers) {
        TicketObservers all = new TicketObservers();
        for (TicketObserver o : observers) {
            all.add(o);
        }
        return new TicketStore(settings, all);
    }

    private final TicketObserver recorder = new TicketObserver() {
        @Override
        public void opened(int clientId, Ticket ticket) {
            told.add("opened " + ticket.id() + " " + ticket.status() + " for " + clientId);
        }

        @Override
        public void closed(int clientId, Ticket ticket) {
            told.add("closed " + ticket.id() + " " + ticket.status() + " for " + clientId);
        }
    };

    private static TicketDraft draft() {
        return new TicketDraft(TicketType.OTHER, "Printer of the packing station jams", null, null, null, null, null,
                null);
    }

    @Test
    void anObserverHearsOfAnOpenedAndAClosedTicketOnceEachHasCommitted() {
        TicketStore store = observed(recorder);
        Ticket t = tx(x -> {
            Ticket opened = store.open(x, draft(), "anna").ticket();
            assertEquals(List.of(), told, "told before the commit");
            return opened;
        });
        tx(x -> store.close(x, t.id(), "anna", "fixed"));

        assertEquals(List.of("opened " + t.id() + " OPEN for 1000000", "closed " + t.id() + " CLOSED for 1000000"), told);
    }

    @Test
    void theObserverIsToldTheTenantOfTheTransactionThatOpenedTheTicket() {
        TicketStore store = observed(recorder);
        Ticket t = db.inTransaction(1000001, x -> store.open(x, draft(), "anna").ticket());

        assertEquals(List.of("opened " + t.id() + " OPEN for 1000001"), told);
    }

    @Test
    void aRolledBackOpeningIsNeverTold() {
        TicketStore store = observed(recorder);
        assertThrows(IllegalStateException.class, () -> tx(x -> {
            store.open(x, draft(), "anna");
            throw new IllegalStateException("the caller fails after opening");
        }));

        assertEquals(List.of(), told);
    }

    @Test
    void anObserverThatFailsNeitherUndoesTheTicketNorSilencesTheOthers() {
        TicketObserver broken = new TicketObserver() {
            @Override
            public void opened(int clientId, Ticket ticket) {
                throw new IllegalStateException("the ERP is down");
            }

            @Override
            public void closed(int clientId, Ticket ticket) {
                throw new IllegalStateException("the ERP is down");
            }
        };
        TicketStore store = observed(broken, recorder);
        Ticket t = tx(x -> store.open(x, draft(), "anna").ticket());

        assertEquals(List.of("opened " + t.id() + " OPEN for 1000000"), told);
        assertEquals(TicketStatus.OPEN, tx(x -> store.get(x, t.id())).orElseThrow().status());
    }
}
