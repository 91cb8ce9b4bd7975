package org.catura.core.api.release;

import java.time.Instant;
import java.util.Map;

/** What the release decided for an order, by which rule, and the facts it saw. */
public record ReleaseDecision(long orderId, Instant decidedAt, String ruleName, ReleaseAction action, String reason,
        Map<String, Object> facts) {
}
