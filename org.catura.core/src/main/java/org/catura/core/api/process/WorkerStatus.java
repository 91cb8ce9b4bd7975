package org.catura.core.api.process;

import java.time.Instant;

/**
 * One worker thread of this node's order process, for a health line: {@code alive} while its loop
 * runs and its last heartbeat (a round of the stations) is younger than the claim lease;
 * {@code failures} counts what it survived (any {@link Throwable} a round threw), the last one
 * with its time.
 */
public record WorkerStatus(String name, boolean alive, Instant lastHeartbeat, long failures, String lastFailure,
        Instant lastFailureAt) {
}
