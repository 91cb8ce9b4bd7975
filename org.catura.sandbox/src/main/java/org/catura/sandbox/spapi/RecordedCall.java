package org.catura.sandbox.spapi;

import java.time.Instant;

/**
 * One request the sandbox answered.
 *
 * @param operation Amazon's operationId, or {@code token} for LWA, {@code unknown} for other paths
 * @param body      the request body (confirmShipment), empty for reads
 */
public record RecordedCall(Instant at, String operation, String method, String uri, int status, String body) {
}
