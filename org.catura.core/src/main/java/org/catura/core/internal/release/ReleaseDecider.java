package org.catura.core.internal.release;

import java.time.Instant;
import java.util.Map;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.release.ReleaseAction;

/**
 * The release rules as the release station uses them: decide an order on its facts and keep the
 * decision with those facts. The rules, their store and their conditions stay in this package.
 */
public final class ReleaseDecider implements RuleDecisions {

    /** What the rules decided: {@code byRule} false when no rule caught the order. */
    public record Decision(ReleaseAction action, String ruleName, String reason, Instant holdUntil, boolean byRule) {
    }

    private final RuleStore rules;
    private final RuleBook book;

    /** On a rule store of its own (tests, and stations built by hand); {@code ids} as the store's. */
    public ReleaseDecider(RecordIds ids) {
        this(new RuleConditions(), ids);
    }

    private ReleaseDecider(RuleConditions conditions, RecordIds ids) {
        this(new RuleStore(conditions, ids), conditions);
    }

    ReleaseDecider(RuleStore rules, RuleConditions conditions) {
        this.rules = rules;
        this.book = new RuleBook(conditions);
    }

    @Override
    public Decision decide(Tx tx, long orderId, Map<String, Object> facts, Instant now) {
        facts.put(ReleaseFacts.REVIEWED_RULES, rules.reviewedRules(tx, orderId));
        RuleBook.Verdict verdict = book.decide(rules.list(tx), facts, now);
        rules.record(tx, orderId, verdict.rule(), verdict.action(), verdict.reason(), facts);
        return new Decision(verdict.action(), verdict.ruleName(), verdict.reason(), verdict.holdUntil(),
                verdict.rule() != null);
    }
}
