package org.catura.amazon.plugin.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/** The amazon_import_state table. Every write goes through {@link #lock} first. */
final class ImportStateStore {

    private static final String SELECT = """
            select channel, watermark, window_from, window_to, page_token, pages_done, run_id, version
              from amazon_import_state where channel = ?""";

    /** The channel's row, created when missing, locked until the transaction ends. */
    ImportState lock(Tx tx, String channel) {
        Sql.update(tx.connection(), "insert into amazon_import_state (channel) values (?) on conflict do nothing",
                channel);
        return Sql.one(tx.connection(), SELECT + " for update", ImportStateStore::row, channel).orElseThrow();
    }

    Optional<ImportState> find(Tx tx, String channel) {
        return Sql.one(tx.connection(), SELECT, ImportStateStore::row, channel);
    }

    /** Opens a new window for a run. */
    ImportState open(Tx tx, ImportState s, long runId, Instant from, Instant to) {
        return write(tx, new ImportState(s.channel(), s.watermark(), from, to, null, 0, runId, s.version() + 1));
    }

    /** A run takes over the open window (resuming where the last committed page left it). */
    ImportState claim(Tx tx, ImportState s, long runId) {
        return write(tx, new ImportState(s.channel(), s.watermark(), s.windowFrom(), s.windowTo(), s.pageToken(),
                s.pagesDone(), runId, s.version() + 1));
    }

    /** A page is in; the next one is behind {@code token} (null: start the window over). */
    ImportState advance(Tx tx, ImportState s, String token) {
        return write(tx, new ImportState(s.channel(), s.watermark(), s.windowFrom(), s.windowTo(), token,
                token == null ? 0 : s.pagesDone() + 1, s.runId(), s.version() + 1));
    }

    /** The window is done: the watermark moves, the window closes. */
    ImportState finish(Tx tx, ImportState s, Instant watermark) {
        return write(tx, new ImportState(s.channel(), watermark, null, null, null, 0, s.runId(), s.version() + 1));
    }

    private ImportState write(Tx tx, ImportState s) {
        Sql.update(tx.connection(), """
                update amazon_import_state set watermark = ?, window_from = ?, window_to = ?, page_token = ?,
                       pages_done = ?, run_id = ?, version = ?, updated_at = now()
                 where channel = ?""", Sql.timestamp(s.watermark()), Sql.timestamp(s.windowFrom()), Sql.timestamp(s.windowTo()),
                Sql.text(s.pageToken()), s.pagesDone(), s.runId(), s.version(), s.channel());
        return s;
    }

    private static ImportState row(ResultSet rs) throws SQLException {
        return new ImportState(rs.getString("channel"), Sql.instant(rs, "watermark"), Sql.instant(rs, "window_from"),
                Sql.instant(rs, "window_to"), rs.getString("page_token"), rs.getInt("pages_done"),
                Sql.longValue(rs, "run_id"), rs.getLong("version"));
    }
}
