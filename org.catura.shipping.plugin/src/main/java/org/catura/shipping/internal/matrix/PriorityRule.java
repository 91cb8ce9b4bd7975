package org.catura.shipping.internal.matrix;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A priority rule (CAT_ShippingRule): when its condition holds for the shipment's facts, it narrows
 * the candidates before the ranking. The first rule by SeqNo whose condition holds is the only
 * one applied, as in ShipStation's condition-based rules.
 */
public record PriorityRule(int seqNo, String name, Predicate<Facts> condition, Action action, Set<String> values,
        String reason) {

    public enum Action {
        /** Only services of these levels (e.g. EXPRESS, NEXT_DAY). */
        ONLY_LEVELS,
        /** Only these carriers (search keys). */
        ONLY_CARRIERS,
        /** Only these services ({@code carrier/service} or the service's search key). */
        ONLY_SERVICES,
        /** Not these carriers. */
        EXCLUDE_CARRIERS
    }

    public PriorityRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(action, "action");
        values = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether the rule lets this offer through. */
    boolean admits(Offer o) {
        return switch (action) {
            case ONLY_LEVELS -> values.contains(o.level().name().toLowerCase(Locale.ROOT));
            case ONLY_CARRIERS -> values.contains(o.carrier().toLowerCase(Locale.ROOT));
            case ONLY_SERVICES -> values.contains(o.key().toLowerCase(Locale.ROOT))
                    || values.contains(o.service().toLowerCase(Locale.ROOT));
            case EXCLUDE_CARRIERS -> !values.contains(o.carrier().toLowerCase(Locale.ROOT));
        };
    }

    /** Why an offer the rule keeps out is out. */
    String refusal(Offer o) {
        String why = reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")";
        return switch (action) {
            case ONLY_LEVELS -> "only levels " + String.join(", ", sorted()) + why;
            case ONLY_CARRIERS -> "only carriers " + String.join(", ", sorted()) + why;
            case ONLY_SERVICES -> "only services " + String.join(", ", sorted()) + why;
            case EXCLUDE_CARRIERS -> "carrier " + o.carrier() + " excluded" + why;
        };
    }

    private java.util.List<String> sorted() {
        return values.stream().sorted().toList();
    }
}
