package org.catura.shipping.internal.matrix;

import java.util.List;
import java.util.Optional;

/**
 * The matrix's answer for one shipment: the facts, the rule that applied (null: none), the
 * eligible candidates ranked (the first is chosen) and the excluded ones with their reasons.
 */
public record Decision(Facts facts, PriorityRule rule, List<Candidate> eligible, List<Candidate> excluded) {

    public Decision {
        eligible = List.copyOf(eligible);
        excluded = List.copyOf(excluded);
    }

    public Optional<Candidate> chosen() {
        return eligible.isEmpty() ? Optional.empty() : Optional.of(eligible.get(0));
    }

    /** One sentence for the order page: the choice and why, or why there is none. */
    public String summary() {
        int candidates = eligible.size() + excluded.size();
        return chosen().map(c -> c.offer().serviceName() + " (" + c.offer().carrierName() + "): "
                + Reason.plain(c.price()) + " " + c.offer().currency() + ", " + c.transitDays()
                + (c.transitDays() == 1 ? " day" : " days") + " (best of " + eligible.size() + " eligible of "
                + candidates + (rule == null ? "" : "; rule '" + rule.name() + "'") + ")")
                .orElse(candidates == 0 ? "No shipping service is configured"
                        : "None of " + candidates + " services is eligible"
                                + (rule == null ? "" : " (rule '" + rule.name() + "')"));
    }
}
