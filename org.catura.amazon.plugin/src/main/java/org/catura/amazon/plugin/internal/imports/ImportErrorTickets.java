package org.catura.amazon.plugin.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.function.Supplier;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.core.api.db.Tx;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketQuery;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One IMPORT_ERROR ticket per open import error, in the transaction that opened or ended the
 * error: opened when the order first fails (later attempts reuse it), closed with a line saying
 * why when the order imports or a person skips it. A ticket that cannot be written never costs
 * the import its page: it is left for the catch-up at the start of the channel's next run.
 */
final class ImportErrorTickets {

    static final String WHO = "amazon-import";
    private static final Logger LOG = LoggerFactory.getLogger(ImportErrorTickets.class);

    private final Supplier<Optional<Tickets>> tickets;
    private final ImportErrors errors;

    ImportErrorTickets(Supplier<Optional<Tickets>> tickets, ImportErrors errors) {
        this.tickets = tickets;
        this.errors = errors;
    }

    static Supplier<Optional<Tickets>> none() {
        return Optional::empty;
    }

    /** The order's open error has its ticket: opened now unless an earlier attempt opened it. */
    void failed(Tx tx, String channel, String orderId) {
        Optional<Tickets> service = tickets.get();
        if (service.isEmpty()) {
            return;
        }
        guarded(tx, "open a ticket for Amazon order " + orderId, () -> errors.lockOpen(tx, channel, orderId)
                .filter(e -> e.ticketId() == null)
                .ifPresent(e -> errors.ticket(tx, e.errorId(), service.get().open(tx, draft(e), WHO).ticket().id())));
    }

    /** The error ended (imported or skipped): its ticket is closed, saying how. */
    void resolved(Tx tx, ImportErrors.Resolved r, String who, String how) {
        Optional<Tickets> service = tickets.get();
        if (service.isEmpty() || r.ticketId() == null) {
            return;
        }
        guarded(tx, "close ticket " + r.ticketId(), () -> service.get().get(tx, r.ticketId()).filter(Ticket::isOpen)
                .ifPresent(t -> service.get().close(tx, t.id(), who, how)));
    }

    /** Opens the tickets the channel's open errors lack and closes those of errors that ended meanwhile. */
    void catchUp(Tx tx, String channel) {
        Optional<Tickets> service = tickets.get();
        if (service.isEmpty()) {
            return;
        }
        for (String orderId : errors.withoutTicket(tx, channel)) {
            failed(tx, channel, orderId);
        }
        for (Ticket t : service.get().find(tx, new TicketQuery(TicketType.IMPORT_ERROR, null, null, null, null, true,
                false, 1000))) {
            errors.resolvedWithTicket(tx, t.id()).filter(e -> e.channel().equals(channel))
                    .ifPresent(e -> resolved(tx, new ImportErrors.Resolved(e.errorId(), e.channel(), e.amazonOrderId(),
                            t.id()), e.resolvedBy() == null ? WHO : e.resolvedBy(), closing(e)));
        }
    }

    static String closing(ImportError e) {
        return e.status() == ImportError.Status.SKIPPED
                ? "Skipped by " + e.resolvedBy() + ": the import no longer tries Amazon order " + e.amazonOrderId()
                : "Amazon order " + e.amazonOrderId() + " was imported after all";
    }

    private static TicketDraft draft(ImportError e) {
        String summary = "Amazon order " + e.amazonOrderId() + " of channel " + e.channel() + " cannot be imported";
        String detail = e.message() + "\nAn admin skips it or tries it again on the import errors page "
                + "(/catura/import-errors); until then every import run tries it again.";
        return new TicketDraft(TicketType.IMPORT_ERROR, summary, detail, null, null, null, null, null);
    }

    private static void guarded(Tx tx, String what, Runnable work) {
        Connection c = tx.connection();
        Savepoint s;
        try {
            s = c.setSavepoint();
        } catch (SQLException e) {
            LOG.warn("Cannot {}: no savepoint ({}); the next run tries again", what, e.getMessage());
            return;
        }
        try {
            work.run();
            c.releaseSavepoint(s);
        } catch (RuntimeException | SQLException e) {
            try {
                c.rollback(s);
            } catch (SQLException again) {
                throw new IllegalStateException("Cannot roll back after failing to " + what + ": " + again.getMessage(),
                        again);
            }
            LOG.warn("Cannot {}: {}; the next run of the import tries again", what, e.getMessage());
        }
    }
}
