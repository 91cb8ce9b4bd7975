package org.catura.amazon.plugin.internal.imports;

import java.time.Instant;

/**
 * The channel's watermark row: how far the import got ({@code watermark}, a lastUpdatedTime) and
 * the window in progress with the token of the next page. {@code version} grows with every
 * committed change; a writer that read an older version lost the row to another run.
 */
record ImportState(String channel, Instant watermark, Instant windowFrom, Instant windowTo, String pageToken,
        int pagesDone, Long runId, long version) {

    boolean windowOpen() {
        return windowTo != null;
    }
}
