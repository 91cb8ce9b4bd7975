package org.catura.amazon.plugin.api;

import java.time.Duration;
import java.time.Instant;

/**
 * What one import run did. Counters cover what was committed: a page whose transaction did not
 * commit is not counted (it is fetched again by the next run).
 *
 * @param window      [from, to] of lastUpdatedTime searched
 * @param apiCalls    SP-API calls sent by the run (retries included)
 * @param throttled   429 answers received
 * @param skipped     orders that stay broken after a person skipped them
 * @param failed      orders that could not be imported (see {@link AmazonImports#recentErrors})
 * @param watermark   the channel's watermark after the run (null for a re-sync, which does not move it)
 */
public record ImportReport(long runId, String channel, Kind kind, Outcome outcome, Instant windowFrom,
        Instant windowTo, Instant startedAt, Instant finishedAt, int pages, long apiCalls, int ordersSeen,
        int created, int updated, int unchanged, int skipped, int failed, long throttled, Instant watermark,
        String message) {

    public enum Kind { SCHEDULED, MANUAL, RESYNC }

    public enum Outcome {
        RUNNING,
        /** The window was imported to its end (failed orders are listed as errors). */
        COMPLETED,
        /** Stopped by an error; what was committed stays, the next run resumes. */
        FAILED,
        /** Not run: sync disabled, or another run of the channel was in progress. */
        SKIPPED,
        /** The process ended while the run was open; a later run resumed its window. */
        INTERRUPTED
    }

    public Duration duration() {
        return startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
    }
}
