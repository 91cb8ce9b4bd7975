package org.catura.core.api.release;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** The release rules as data: read, change, check and try them out. */
public interface ReleaseRules {

    /** All rules in the order they are tried. */
    List<ReleaseRule> list(Tx tx);

    /**
     * Stores a new rule ({@code id} 0) or changes one, after checking its condition.
     *
     * @throws InvalidRuleException with the error's position; nothing is saved
     */
    ReleaseRule save(Tx tx, ReleaseRule rule, String who);

    void delete(Tx tx, long ruleId, String who);

    /** Checks a condition without saving it: empty when valid. */
    Optional<RuleError> validate(String condition);

    /** The variables conditions may use. */
    List<ReleaseFact> facts();

    /**
     * Which of the last {@code lastOrders} release decisions the condition would catch, judged
     * on the facts as they were at the time: the matching order ids, newest first.
     */
    List<Long> preview(Tx tx, String condition, int lastOrders);

    /** The decisions taken for an order, oldest first. */
    List<ReleaseDecision> decisions(Tx tx, long orderId);
}
