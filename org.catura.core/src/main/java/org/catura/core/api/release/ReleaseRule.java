package org.catura.core.api.release;

import java.util.Objects;

/**
 * One release rule: when {@code condition} (a JEXL expression over the release facts) is true,
 * {@code action} is taken with {@code reason}. Rules are tried in {@code seq} order; the first
 * active one that matches decides; an order no rule catches is released.
 *
 * <p>A {@link ReleaseAction#HOLD} waits until a date: {@code holdUntil}, when given, is a JEXL
 * expression over the same facts giving that date (an ISO date {@code '2026-12-27'}, an instant
 * {@code '2026-12-27T07:00:00Z'}, or a number of hours from now); without it the rule holds for
 * {@code holdHours}. At the date the order is decided again; a hold whose date has passed does not
 * hold, so the rules after it decide.
 *
 * @param id 0 for a rule not yet stored
 * @param holdUntil null when the hold is for {@code holdHours}
 */
public record ReleaseRule(long id, int seq, String name, String condition, ReleaseAction action, String reason,
        int holdHours, boolean active, String holdUntil) {

    public ReleaseRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(action, "action");
        holdUntil = holdUntil == null || holdUntil.isBlank() ? null : holdUntil;
    }

    /** A rule without a hold date. */
    public ReleaseRule(long id, int seq, String name, String condition, ReleaseAction action, String reason,
            int holdHours, boolean active) {
        this(id, seq, name, condition, action, reason, holdHours, active, null);
    }

    /** The same rule at another place in the order. */
    public ReleaseRule withSeq(int newSeq) {
        return new ReleaseRule(id, newSeq, name, condition, action, reason, holdHours, active, holdUntil);
    }
}
