package org.catura.core.internal.release;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;

/**
 * Applies the rules to an order's facts: the first active rule whose condition holds decides; a
 * hold whose date has already passed does not hold, and a manual-queue rule a person has already
 * dealt with for this order (fact {@code reviewedRules}) does not queue it again, so the rules
 * after them decide; no rule catching the order releases it.
 */
final class RuleBook {

    /** What the rules decided; {@code rule} is null when none caught the order. */
    record Verdict(ReleaseRule rule, ReleaseAction action, String reason, Instant holdUntil) {

        String ruleName() {
            return rule == null ? "(no rule matched)" : rule.name();
        }
    }

    private final RuleConditions conditions;

    RuleBook(RuleConditions conditions) {
        this.conditions = conditions;
    }

    Verdict decide(List<ReleaseRule> rules, Map<String, Object> facts, Instant now) {
        Collection<?> reviewed = facts.get(ReleaseFacts.REVIEWED_RULES) instanceof Collection<?> c ? c : Set.of();
        for (ReleaseRule rule : rules) {
            if (!rule.active() || !matches(rule, facts)) {
                continue;
            }
            if (rule.action() == ReleaseAction.MANUAL_QUEUE && reviewed.contains(rule.name())) {
                continue;
            }
            if (rule.action() != ReleaseAction.HOLD) {
                return new Verdict(rule, rule.action(), rule.reason(), null);
            }
            Instant until = holdUntil(rule, facts, now);
            if (until.isAfter(now)) {
                return new Verdict(rule, ReleaseAction.HOLD, rule.reason(), until);
            }
        }
        return new Verdict(null, ReleaseAction.RELEASE, "no rule matched", null);
    }

    private boolean matches(ReleaseRule rule, Map<String, Object> facts) {
        try {
            return conditions.matches(rule.condition(), facts);
        } catch (RuleConditions.Failure e) {
            String message = e.getMessage().startsWith("the condition") ? e.getMessage()
                    : "the condition: " + e.getMessage();
            throw new IllegalArgumentException("Rule '" + rule.name() + "': " + message, e);
        }
    }

    /** The date a hold rule waits for: its hold date expression, else its hold hours from now. */
    Instant holdUntil(ReleaseRule rule, Map<String, Object> facts, Instant now) {
        Object value;
        try {
            value = rule.holdUntil() == null ? null : conditions.value(rule.holdUntil(), facts);
        } catch (RuleConditions.Failure e) {
            throw new IllegalArgumentException("Rule '" + rule.name() + "': the hold date: " + e.getMessage(), e);
        }
        if (value == null) {
            return now.plus(Duration.ofHours(rule.holdHours()));
        }
        try {
            return HoldDates.toInstant(value, now);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Rule '" + rule.name() + "': the hold date " + e.getMessage(), e);
        }
    }
}
