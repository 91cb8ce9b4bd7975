package org.catura.core.internal.release;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.release.ReleaseDecision;
import org.catura.core.api.release.ReleaseFact;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.ReleaseRules;
import org.catura.core.api.release.RuleError;
import org.catura.core.internal.process.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves {@link ReleaseRules} once the core tables are there, and the release station's
 * {@link RuleDecisions} on the same store. The list is what a person sees and edits: read from
 * the table every time, never from the decisions' snapshot.
 */
@Component(service = {ReleaseRules.class, RuleDecisions.class})
public final class ReleaseRulesComponent implements ReleaseRules, RuleDecisions {

    private final RuleConditions conditions = new RuleConditions();
    private final RuleStore store;
    /** Decisions read the snapshot of the store that edits clear, so an edit counts at once. */
    private final ReleaseDecider decider;

    /** @param schema only orders activation after the migrations; new rules' ids come from {@code erp} */
    @Activate
    public ReleaseRulesComponent(@Reference CoreSchema schema, @Reference Erp erp) {
        store = new RuleStore(conditions, (tx, table) -> erp.recordIds().next(tx, table));
        decider = new ReleaseDecider(store, conditions);
    }

    @Override
    public ReleaseDecider.Decision decide(Tx tx, long orderId, Map<String, Object> facts, Instant now) {
        return decider.decide(tx, orderId, facts, now);
    }

    @Override
    public List<ReleaseRule> list(Tx tx) {
        return store.stored(tx);
    }

    @Override
    public ReleaseRule save(Tx tx, ReleaseRule rule, String who) {
        return store.save(tx, rule, who);
    }

    @Override
    public void delete(Tx tx, long ruleId, String who) {
        store.delete(tx, ruleId, who);
    }

    @Override
    public Optional<RuleError> validate(String condition) {
        return store.validate(condition);
    }

    @Override
    public List<ReleaseFact> facts() {
        return store.facts();
    }

    @Override
    public List<Long> preview(Tx tx, String condition, int lastOrders) {
        return store.preview(tx, condition, lastOrders);
    }

    @Override
    public List<ReleaseDecision> decisions(Tx tx, long orderId) {
        return store.decisions(tx, orderId);
    }
}
