package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ReimportResult;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.testing.MovableClock;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketAction;
import org.catura.ticket.api.TicketQuery;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.Tickets;
import org.catura.ticket.internal.TicketSchema;
import org.catura.ticket.internal.TicketSettings;
import org.catura.ticket.internal.TicketStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every open import error has one ticket, through the ticket plugin's API, closed when the error ends. */
class ImportErrorTicketsTest {

    static Fixture fixture;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    static final AtomicInteger CHANNELS = new AtomicInteger();

    final MovableClock clock = MovableClock.running();
    final OrderProcess process = Fixture.process();
    final Tickets ticketStore = new TicketStore(TicketSettings.defaults());
    final AtomicReference<Tickets> tickets = new AtomicReference<>(ticketStore);
    SpApiSandbox sandbox;
    Fixture.Wiring w;
    String name;
    List<String> ids;

    @BeforeAll
    static void database() {
        fixture = new Fixture();
        TicketSchema.migrate(fixture.database);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** A channel with three orders on the sandbox, the second and third of them without a marketplace. */
    void channelWithTwoBrokenOrders() throws Exception {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE, () -> Optional.ofNullable(tickets.get()));
        name = "amazon-tk" + CHANNELS.incrementAndGet();
        w.channels().save(Fixture.channel(name, sandbox).withImportSince(clock.instant().minus(Duration.ofHours(4))),
                Fixture.secrets(sandbox));
        Instant now = clock.instant();
        ids = sandbox.orders().generate(3, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        for (String id : ids.subList(1, 3)) {
            sandbox.faults().alterOrder(id, o -> ((ObjectNode) o.path("salesChannel")).remove("marketplaceId"));
        }
    }

    List<Ticket> ticketsOf(String orderId) {
        return fixture.database.inTransaction(tx -> ticketStore.find(tx, new TicketQuery(TicketType.IMPORT_ERROR, null,
                null, null, null, false, false, 1000))).stream().filter(t -> t.summary().contains(orderId + " of channel " + name + " ")).toList();
    }

    ImportError error(String orderId) {
        return w.imports().recentErrors(name, 10).stream().filter(e -> e.amazonOrderId().equals(orderId)).findFirst()
                .orElseThrow();
    }

    List<TicketAction> history(long ticketId) {
        return fixture.database.inTransaction(tx -> ticketStore.history(tx, ticketId));
    }

    @Test
    void aFailingOrderOpensOneTicketNotOnePerAttemptAndSkippingClosesIt() throws Exception {
        channelWithTwoBrokenOrders();
        String broken = ids.get(1);

        w.imports().runNow(name);
        clock.advance(Duration.ofMinutes(5));
        w.imports().runNow(name);

        assertEquals(2, error(broken).attempts());
        List<Ticket> opened = ticketsOf(broken);
        assertEquals(1, opened.size(), "one ticket for the error, not one per attempt: " + opened);
        Ticket ticket = opened.get(0);
        assertEquals(TicketStatus.OPEN, ticket.status());
        assertEquals("Amazon order " + broken + " of channel " + name + " cannot be imported", ticket.summary());
        assertTrue(ticket.detail().contains("salesChannel.marketplaceId") || ticket.detail().contains("marketplace"),
                ticket.detail());
        assertNull(ticket.orderId(), "no order exists yet");
        assertEquals(ticket.id(), error(broken).ticketId());

        assertTrue(w.imports().skipOrder(name, broken, "admin anna"));

        Ticket closed = ticketsOf(broken).get(0);
        assertEquals(TicketStatus.CLOSED, closed.status());
        assertTrue(history(closed.id()).stream().anyMatch(a -> "admin anna".equals(a.who()) && a.comment() != null
                && a.comment().contains("Skipped by admin anna")), history(closed.id()).toString());
        assertEquals(TicketStatus.OPEN, ticketsOf(ids.get(2)).get(0).status(), "the other error's ticket stays open");
    }

    @Test
    void anOrderThatImportsOnRetryClosesItsTicket() throws Exception {
        channelWithTwoBrokenOrders();
        String broken = ids.get(2);
        w.imports().runNow(name);
        sandbox.faults().restoreOrder(broken);

        ReimportResult retried = w.imports().reimportOrder(name, broken);

        assertEquals(ReimportResult.Outcome.CREATED, retried.outcome(), retried.message());
        assertEquals(ImportError.Status.IMPORTED, error(broken).status());
        Ticket closed = ticketsOf(broken).get(0);
        assertEquals(TicketStatus.CLOSED, closed.status());
        assertTrue(history(closed.id()).stream().anyMatch(a -> a.comment() != null
                && a.comment().contains("was imported after all")), history(closed.id()).toString());
    }

    @Test
    void errorsRecordedWhileTheTicketServiceWasAwayGetTheirTicketOnTheNextRun() throws Exception {
        channelWithTwoBrokenOrders();
        tickets.set(null);
        w.imports().runNow(name);
        assertEquals(0, ticketsOf(ids.get(1)).size());
        assertTrue(w.imports().skipOrder(name, ids.get(2), "admin anna"));

        tickets.set(ticketStore);
        clock.advance(Duration.ofMinutes(5));
        w.imports().runNow(name);

        assertEquals(1, ticketsOf(ids.get(1)).size());
        assertNotNull(error(ids.get(1)).ticketId());
        assertEquals(0, ticketsOf(ids.get(2)).size(), "a skipped error needs no ticket");
        assertEquals(1, w.imports().openErrors(100).stream().filter(e -> e.channel().equals(name)).count());
    }
}
