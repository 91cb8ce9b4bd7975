package org.catura.sandbox.carrier;

import java.time.Instant;

/**
 * One request the DHL sandbox answered.
 *
 * @param query  the query string, null without one
 * @param fault  what the sandbox did instead of a plain answer, null for none
 * @param body   the request body as received
 */
public record DhlSandboxCall(Instant at, String method, String path, String query, int status,
        DhlSandboxFault fault, String body) {
}
