package org.catura.amazon.plugin.internal.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/**
 * The amazon_import_error table: one OPEN row per broken order, holding the watermark back for
 * the hold limit counted from when the order first failed. Those times come from the import's
 * clock, as the windows do.
 */
final class ImportErrors {

    enum Recorded { OPEN, ALREADY_SKIPPED }

    private final Clock clock;

    ImportErrors(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records that the order could not be imported. A person who skipped this very version of the
     * order (same JSON) is not asked again.
     *
     * @param holdsAt where the watermark must stop: the order's lastUpdatedTime, or the window start
     */
    Recorded record(Tx tx, String channel, String orderId, String message, Instant lastUpdatedAt, Instant holdsAt,
            String rawJson, Long runId) {
        String hash = hash(rawJson);
        boolean skipped = Sql.one(tx.connection(), """
                select 1 from amazon_import_error
                 where channel = ? and amazon_order_id = ? and status = 'SKIPPED' and raw_hash = ?""",
                rs -> true, channel, orderId, hash).isPresent();
        if (skipped) {
            return Recorded.ALREADY_SKIPPED;
        }
        Sql.update(tx.connection(), """
                insert into amazon_import_error (channel, amazon_order_id, message, order_last_updated_at, holds_at,
                       raw_json, raw_hash, run_id, first_seen_at, last_seen_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (channel, amazon_order_id) where status = 'OPEN' do update
                   set message = excluded.message, order_last_updated_at = excluded.order_last_updated_at,
                       holds_at = least(amazon_import_error.holds_at, excluded.holds_at), raw_json = excluded.raw_json,
                       raw_hash = excluded.raw_hash, run_id = excluded.run_id,
                       attempts = amazon_import_error.attempts + 1, last_seen_at = excluded.last_seen_at""",
                channel, orderId, message, Sql.timestamp(lastUpdatedAt), holdsAt, Sql.text(rawJson), hash, runId,
                Sql.timestamp(clock.instant()), Sql.timestamp(clock.instant()));
        return Recorded.OPEN;
    }

    /** An error row that was open, with its ticket (null while it has none). */
    record Resolved(long errorId, String channel, String amazonOrderId, Long ticketId) {
    }

    /** The order came in after all: its open error is closed. */
    List<Resolved> imported(Tx tx, String channel, String orderId) {
        return Sql.query(tx.connection(), """
                update amazon_import_error set status = 'IMPORTED', resolved_at = ?, resolved_by = 'import'
                 where channel = ? and amazon_order_id = ? and status = 'OPEN'
                returning error_id, channel, amazon_order_id, ticket_id""", ImportErrors::resolved,
                Sql.timestamp(clock.instant()), channel, orderId);
    }

    List<Resolved> skip(Tx tx, String channel, String orderId, String who) {
        return Sql.query(tx.connection(), """
                update amazon_import_error set status = 'SKIPPED', resolved_at = ?, resolved_by = ?
                 where channel = ? and amazon_order_id = ? and status = 'OPEN'
                returning error_id, channel, amazon_order_id, ticket_id""", ImportErrors::resolved,
                Sql.timestamp(clock.instant()), who, channel, orderId);
    }

    /** The open error of the order, locked, when there is one. */
    Optional<ImportError> lockOpen(Tx tx, String channel, String orderId) {
        return Sql.one(tx.connection(), """
                select * from amazon_import_error where channel = ? and amazon_order_id = ? and status = 'OPEN'
                   for update""", ImportErrors::row, channel, orderId);
    }

    Optional<Long> ticketOf(Tx tx, long errorId) {
        return Sql.one(tx.connection(), "select ticket_id from amazon_import_error where error_id = ?",
                rs -> Sql.longValue(rs, "ticket_id"), errorId).filter(java.util.Objects::nonNull);
    }

    void ticket(Tx tx, long errorId, long ticketId) {
        Sql.update(tx.connection(), "update amazon_import_error set ticket_id = ? where error_id = ?", ticketId, errorId);
    }

    /** Open errors of the channel that have no ticket yet. */
    List<String> withoutTicket(Tx tx, String channel) {
        return Sql.query(tx.connection(), """
                select amazon_order_id from amazon_import_error
                 where channel = ? and status = 'OPEN' and ticket_id is null order by error_id""",
                rs -> rs.getString(1), channel);
    }

    /** The error a ticket was opened for, when it is no longer open. */
    Optional<ImportError> resolvedWithTicket(Tx tx, long ticketId) {
        return Sql.one(tx.connection(), """
                select * from amazon_import_error where ticket_id = ? and status <> 'OPEN'
                 order by error_id desc limit 1""", ImportErrors::row, ticketId);
    }

    /** Every open error of every channel, oldest first: what the web UI lists for people. */
    List<ImportError> open(Tx tx, int limit) {
        return Sql.query(tx.connection(), """
                select * from amazon_import_error where status = 'OPEN' order by first_seen_at, error_id limit ?""",
                ImportErrors::row, limit);
    }

    long openCount(Tx tx) {
        return Sql.one(tx.connection(), "select count(*) from amazon_import_error where status = 'OPEN'",
                rs -> rs.getLong(1)).orElse(0L);
    }

    private static Resolved resolved(ResultSet rs) throws SQLException {
        return new Resolved(rs.getLong("error_id"), rs.getString("channel"), rs.getString("amazon_order_id"),
                Sql.longValue(rs, "ticket_id"));
    }

    /** The earliest point an open error that first failed after {@code heldSince} holds the watermark at, or null. */
    Instant earliestHold(Tx tx, String channel, Instant heldSince) {
        return Sql.one(tx.connection(), "select min(holds_at) as hold from amazon_import_error where channel = ? "
                + "and status = 'OPEN' and first_seen_at > ?", rs -> Sql.instant(rs, "hold"), channel,
                Sql.timestamp(heldSince)).orElse(null);
    }

    /**
     * The orders whose open error first failed at or before {@code heldSince}: they no longer hold
     * the watermark and are fetched one by one instead; those already tried by run {@code runId} are left out.
     */
    List<String> released(Tx tx, String channel, Instant heldSince, long runId) {
        return Sql.query(tx.connection(), """
                select amazon_order_id from amazon_import_error
                 where channel = ? and status = 'OPEN' and first_seen_at <= ? and run_id is distinct from ?
                 order by first_seen_at, error_id""", rs -> rs.getString(1), channel, Sql.timestamp(heldSince), runId);
    }

    /** A retry that reached no order (Amazon refused or failed the getOrder call): counted, the message replaced. */
    void attemptFailed(Tx tx, String channel, String orderId, String message, long runId) {
        Sql.update(tx.connection(), """
                update amazon_import_error set message = ?, attempts = attempts + 1, last_seen_at = ?, run_id = ?
                 where channel = ? and amazon_order_id = ? and status = 'OPEN'""", message,
                Sql.timestamp(clock.instant()), runId, channel, orderId);
    }

    List<ImportError> recent(Tx tx, String channel, int limit) {
        return Sql.query(tx.connection(), """
                select * from amazon_import_error where channel = ?
                 order by case when status = 'OPEN' then 0 else 1 end, error_id desc limit ?""",
                ImportErrors::row, channel, limit);
    }

    private static ImportError row(ResultSet rs) throws SQLException {
        return new ImportError(rs.getLong("error_id"), rs.getString("channel"), rs.getString("amazon_order_id"),
                ImportError.Status.valueOf(rs.getString("status")), rs.getString("message"),
                Sql.instant(rs, "order_last_updated_at"), Sql.instant(rs, "holds_at"), rs.getString("raw_json"),
                rs.getInt("attempts"), Sql.instant(rs, "first_seen_at"), Sql.instant(rs, "last_seen_at"),
                Sql.instant(rs, "resolved_at"), rs.getString("resolved_by"), Sql.longValue(rs, "ticket_id"));
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
