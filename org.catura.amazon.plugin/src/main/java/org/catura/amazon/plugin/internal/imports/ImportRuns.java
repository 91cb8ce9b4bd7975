package org.catura.amazon.plugin.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/** The amazon_import_run table: one row per run, its counters written with each page. */
final class ImportRuns {

    long start(Tx tx, String channel, ImportReport.Kind kind) {
        return Sql.one(tx.connection(), """
                insert into amazon_import_run (channel, kind, outcome) values (?, ?, 'RUNNING') returning run_id""",
                rs -> rs.getLong(1), channel, kind).orElseThrow();
    }

    void window(Tx tx, long runId, Instant from, Instant to) {
        Sql.update(tx.connection(), "update amazon_import_run set window_from = ?, window_to = ? where run_id = ?",
                Sql.timestamp(from), Sql.timestamp(to), runId);
    }

    void progress(Tx tx, long runId, RunTotals t) {
        Sql.update(tx.connection(), """
                update amazon_import_run set pages = ?, api_calls = ?, orders_seen = ?, created = ?, updated = ?,
                       unchanged = ?, skipped = ?, failed = ?, throttled = ? where run_id = ?""",
                t.pages, t.apiCalls, t.seen, t.created, t.updated, t.unchanged, t.skipped, t.failed, t.throttled,
                runId);
    }

    void finish(Tx tx, long runId, ImportReport.Outcome outcome, RunTotals t, Instant watermark, String message) {
        progress(tx, runId, t);
        Sql.update(tx.connection(), """
                update amazon_import_run set outcome = ?, finished_at = now(), watermark = ?, message = ?
                 where run_id = ?""", outcome, Sql.timestamp(watermark), Sql.text(message), runId);
    }

    /** A run that never finished (its process ended): shown as interrupted once another run resumes. */
    void interrupted(Tx tx, long runId) {
        Sql.update(tx.connection(), """
                update amazon_import_run set outcome = 'INTERRUPTED', finished_at = coalesce(finished_at, now()),
                       message = 'the process ended during this run; a later run resumed its window'
                 where run_id = ? and outcome = 'RUNNING'""", runId);
    }

    Optional<ImportReport> get(Tx tx, long runId) {
        return Sql.one(tx.connection(), "select * from amazon_import_run where run_id = ?", ImportRuns::row, runId);
    }

    List<ImportReport> recent(Tx tx, String channel, int limit) {
        return Sql.query(tx.connection(), "select * from amazon_import_run where channel = ? order by run_id desc "
                + "limit ?", ImportRuns::row, channel, limit);
    }

    private static ImportReport row(ResultSet rs) throws SQLException {
        return new ImportReport(rs.getLong("run_id"), rs.getString("channel"),
                ImportReport.Kind.valueOf(rs.getString("kind")), ImportReport.Outcome.valueOf(rs.getString("outcome")),
                Sql.instant(rs, "window_from"), Sql.instant(rs, "window_to"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "finished_at"), rs.getInt("pages"), rs.getLong("api_calls"), rs.getInt("orders_seen"),
                rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("skipped"),
                rs.getInt("failed"), rs.getLong("throttled"), Sql.instant(rs, "watermark"), rs.getString("message"));
    }
}
