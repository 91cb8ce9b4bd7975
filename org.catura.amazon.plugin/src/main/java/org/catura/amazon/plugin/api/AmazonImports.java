package org.catura.amazon.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The order import of the Amazon channels and its recovery commands. */
public interface AmazonImports {

    /** Runs the channel's import now (also when sync is disabled), resuming an unfinished window. */
    ImportReport runNow(String channel);

    /**
     * Fetches one order again (getOrder) and hands it in or applies it as an update; an open import
     * error of the order ends when it imports (this is the "retry" of an import error).
     */
    ReimportResult reimportOrder(String channel, String amazonOrderId);

    /**
     * Imports every order changed in [from, to] again; known orders are updated where Amazon's
     * version is newer. The watermark does not move.
     */
    ImportReport resync(String channel, Instant from, Instant to);

    /** The channel's latest runs, newest first. */
    List<ImportReport> recentRuns(String channel, int limit);

    /** The channel's per-order import errors, open ones first, then newest first. */
    List<ImportError> recentErrors(String channel, int limit);

    /** The open import errors of every channel, oldest first: what people still have to look at. */
    List<ImportError> openErrors(int limit);

    /** How many import errors are open, over every channel. */
    long openErrorCount();

    /** A person gives up on a broken order: the watermark may move past it. False when no error was open. */
    boolean skipOrder(String channel, String amazonOrderId, String who);

    /** Up to where the channel's orders are imported (lastUpdatedTime), empty before the first window ends. */
    Optional<Instant> watermark(String channel);
}
