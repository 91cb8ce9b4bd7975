package org.catura.core.internal.release;

import java.time.Instant;
import java.util.Map;
import org.catura.core.api.db.Tx;

/**
 * Deciding an order by the release rules, as the release station asks for it. The rules component
 * serves it on the same rule store its edits go through, so an edit reaches the next decision at
 * once on this node (other nodes within the snapshot's age).
 */
public interface RuleDecisions {

    /** Decides the order (without the rules a person already dealt with for it) and records the decision. */
    ReleaseDecider.Decision decide(Tx tx, long orderId, Map<String, Object> facts, Instant now);
}
