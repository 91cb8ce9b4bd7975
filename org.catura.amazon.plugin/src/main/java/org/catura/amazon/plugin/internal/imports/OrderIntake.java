package org.catura.amazon.plugin.internal.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.catura.amazon.plugin.internal.client.FetchedOrder;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.HandInResult;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.UpdateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one fetched order into the order process inside the caller's transaction: a new order is
 * handed in, a known one updated with Amazon's newer version. An order that cannot be read or
 * mapped, or that the process refuses, or that fails in any other way, becomes an error row
 * instead, under a savepoint, so the rest of its page still commits.
 */
final class OrderIntake {

    enum Kind { CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(OrderIntake.class);

    record Taken(Kind kind, Long orderId, UpdateResult change, String message) {
    }

    private final OrderProcess process;
    private final ImportErrors errors;
    private final ImportErrorTickets tickets;
    private final ObjectMapper json = new ObjectMapper();

    OrderIntake(OrderProcess process, ImportErrors errors, ImportErrorTickets tickets) {
        this.process = process;
        this.errors = errors;
        this.tickets = tickets;
    }

    /** @param holdDefault where an error holds the watermark when the order's JSON has no readable lastUpdatedTime */
    Taken take(Tx tx, String channel, FetchedOrder fetched, Instant holdDefault, Long runId) {
        String orderId = fetched.orderId() == null || fetched.orderId().isBlank()
                ? "unknown-" + ImportErrors.hash(fetched.rawJson()).substring(0, 16) : fetched.orderId();
        if (!fetched.readable()) {
            return failed(tx, channel, orderId, fetched.problem(), fetched.rawJson(), holdDefault, runId);
        }
        Connection c = tx.connection();
        Savepoint savepoint = savepoint(c);
        try {
            ImportedOrder order = new AmazonOrderMapper(channel).map(fetched.order());
            HandInResult handIn = process.handIn(tx, order, fetched.rawJson());
            Taken taken;
            if (handIn.created()) {
                taken = new Taken(Kind.CREATED, handIn.orderId(), null, "handed in");
            } else {
                UpdateResult change = process.update(tx, order, fetched.rawJson());
                taken = new Taken(change == UpdateResult.UNCHANGED ? Kind.UNCHANGED : Kind.UPDATED, handIn.orderId(),
                        change, change.name().toLowerCase().replace('_', ' '));
            }
            List<ImportErrors.Resolved> ended = errors.imported(tx, channel, orderId);
            release(c, savepoint);
            for (ImportErrors.Resolved r : ended) {
                tickets.resolved(tx, r, ImportErrorTickets.WHO, "Amazon order " + orderId + " was imported after all");
            }
            return taken;
        } catch (OrderMappingException e) {
            rollback(c, savepoint);
            return failed(tx, channel, orderId, e.getMessage(), fetched.rawJson(), holdDefault, runId);
        } catch (DatabaseException | IllegalArgumentException | IllegalStateException e) {
            // one order the process refuses must not stall its channel: it is listed like a malformed one
            rollback(c, savepoint);
            return failed(tx, channel, orderId, "order " + orderId + " could not be stored: " + e.getMessage(),
                    fetched.rawJson(), holdDefault, runId);
        } catch (RuntimeException e) {
            // a defect met by one order only (a field nobody expected missing): uncaught it would roll
            // back the page and fail every later run on the same page, with no row to skip
            LOG.warn("Amazon order {} of channel {} could not be imported", orderId, channel, e);
            rollback(c, savepoint);
            return failed(tx, channel, orderId, "order " + orderId + " could not be imported (" + e
                    + "); the log has the details", fetched.rawJson(), holdDefault, runId);
        }
    }

    private Taken failed(Tx tx, String channel, String orderId, String problem, String raw, Instant holdDefault,
            Long runId) {
        Instant lastUpdated = lastUpdatedTime(raw);
        Instant hold = lastUpdated != null ? lastUpdated : holdDefault;
        ImportErrors.Recorded r = errors.record(tx, channel, orderId, problem, lastUpdated, hold, raw, runId);
        if (r == ImportErrors.Recorded.ALREADY_SKIPPED) {
            return new Taken(Kind.SKIPPED, null, null, "skipped by hand earlier: " + problem);
        }
        tickets.failed(tx, channel, orderId);
        return new Taken(Kind.FAILED, null, null, problem);
    }

    /** The order's lastUpdatedTime when its JSON has a readable one. */
    Instant lastUpdatedTime(String raw) {
        try {
            JsonNode t = json.readTree(raw == null ? "{}" : raw).path("lastUpdatedTime");
            return t.isTextual() ? OffsetDateTime.parse(t.asText()).toInstant() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static Savepoint savepoint(Connection c) {
        try {
            return c.setSavepoint();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot set a savepoint: " + e.getMessage(), e);
        }
    }

    private static void release(Connection c, Savepoint s) {
        try {
            c.releaseSavepoint(s);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot release a savepoint: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Savepoint s) {
        try {
            c.rollback(s);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot roll back to a savepoint: " + e.getMessage(), e);
        }
    }
}
