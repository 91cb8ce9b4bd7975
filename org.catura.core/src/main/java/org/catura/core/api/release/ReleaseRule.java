package org.catura.core.api.release;

import java.util.Objects;

/**
 * One release rule: when {@code condition} (a JEXL expression over the release facts) is true,
 * {@code action} is taken with {@code reason}. Rules are tried in {@code seq} order; the first
 * active one that matches decides; an order no rule catches is released.
 *
 * @param id 0 for a rule not yet stored
 */
public record ReleaseRule(long id, int seq, String name, String condition, ReleaseAction action, String reason,
        int holdHours, boolean active) {

    public ReleaseRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(action, "action");
    }
}
