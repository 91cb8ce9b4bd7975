package org.catura.core.internal.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseDecision;
import org.catura.core.api.release.ReleaseFact;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.ReleaseRules;
import org.catura.core.api.release.RuleError;
import org.catura.core.api.db.Sql;
import org.catura.core.internal.dictionary.StandardColumns;

/**
 * The rules (CAT_ReleaseRule, in iDempiere's dictionary shape, so an iDempiere window may edit
 * them too) and the decisions; conditions are checked before anything is stored. New rules take
 * their id from the ERP's table-id sequence. {@link #list} serves decisions from a
 * {@link RuleSnapshot}; {@link #stored} reads the table, for what a person sees.
 */
public final class RuleStore implements ReleaseRules {

    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {
    };

    static final String TABLE = "CAT_ReleaseRule";

    /** Column lengths of CAT_ReleaseRule: longer values are refused with the rule's name. */
    private static final int NAME_LENGTH = 120;
    private static final int TEXT_LENGTH = 2000;

    private final RuleConditions conditions;
    private final Supplier<RuleSnapshot> newSnapshot;
    /** One snapshot per tenant: each sees System's rules (AD_Client_ID 0) and its own. */
    private final Map<Integer, RuleSnapshot> snapshots = new ConcurrentHashMap<>();
    private final RecordIds ids;
    private final ObjectMapper mapper = new ObjectMapper();

    RuleStore(RuleConditions conditions, RecordIds ids) {
        this(conditions, RuleSnapshot::new, ids);
    }

    RuleStore(RuleConditions conditions, Supplier<RuleSnapshot> newSnapshot, RecordIds ids) {
        this.conditions = conditions;
        this.newSnapshot = newSnapshot;
        this.ids = ids;
    }

    /** @param ids where new rules take their CAT_ReleaseRule_ID: {@code erp.recordIds()} */
    public RuleStore(RecordIds ids) {
        this(new RuleConditions(), ids);
    }

    /** The rules in the order they are tried, from a snapshot at most {@link RuleSnapshot#MAX_AGE} old. */
    @Override
    public List<ReleaseRule> list(Tx tx) {
        return snapshots.computeIfAbsent(tx.clientId(), tenant -> newSnapshot.get()).rules(() -> stored(tx));
    }

    /** The rules as stored now for the transaction's tenant (System's and its own), read in {@code tx}. */
    List<ReleaseRule> stored(Tx tx) {
        return sql(() -> Sql.query(tx.connection(), """
                select CAT_ReleaseRule_ID, SeqNo, Name, RuleCondition, ReleaseAction, coalesce(Reason, ''),
                       HoldHours, IsActive = 'Y', HoldUntil
                  from CAT_ReleaseRule where AD_Client_ID in (0, ?)
                 order by SeqNo, CAT_ReleaseRule_ID""", rs -> new ReleaseRule(rs.getLong(1),
                rs.getInt(2), rs.getString(3), rs.getString(4), ReleaseAction.valueOf(rs.getString(5)),
                rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9)), tx.clientId()));
    }

    @Override
    public ReleaseRule save(Tx tx, ReleaseRule rule, String who) {
        if (rule.name().isBlank()) {
            throw new InvalidRuleException(rule.name(), new RuleError("the rule needs a name", 0, 0));
        }
        Optional<RuleError> error = conditions.validate(rule.condition());
        if (error.isPresent()) {
            throw new InvalidRuleException(rule.name(), error.get());
        }
        checkHold(rule);
        checkLengths(rule);
        return sql(() -> {
            long id;
            if (rule.id() == 0) {
                id = ids.next(tx, TABLE);
                Sql.update(tx.connection(), """
                        insert into CAT_ReleaseRule (CAT_ReleaseRule_ID, CAT_ReleaseRule_UU, AD_Client_ID, AD_Org_ID,
                               IsActive, Created, CreatedBy, Updated, UpdatedBy, SeqNo, Name, RuleCondition,
                               ReleaseAction, Reason, HoldHours, HoldUntil, ChangedBy)
                        values (?, ?, ?, ?, ?, %1$s, ?, %1$s, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(StandardColumns.UTC_NOW),
                        id, UUID.randomUUID().toString(), tx.clientId(), StandardColumns.ALL_ORGS,
                        flag(rule.active()), StandardColumns.SUPER_USER, StandardColumns.SUPER_USER, rule.seq(),
                        rule.name(), rule.condition(), rule.action(), nullToEmpty(rule.reason()), rule.holdHours(),
                        holdUntil(rule), who);
            } else {
                id = rule.id();
                int changed = Sql.update(tx.connection(), """
                        update CAT_ReleaseRule set SeqNo = ?, Name = ?, RuleCondition = ?, ReleaseAction = ?,
                               Reason = ?, HoldHours = ?, IsActive = ?, HoldUntil = ?, Updated = %s,
                               UpdatedBy = ?, ChangedBy = ?
                         where CAT_ReleaseRule_ID = ? and AD_Client_ID in (0, ?)""".formatted(StandardColumns.UTC_NOW),
                        rule.seq(), rule.name(), rule.condition(), rule.action(), nullToEmpty(rule.reason()),
                        rule.holdHours(), flag(rule.active()), holdUntil(rule), StandardColumns.SUPER_USER, who, id,
                        tx.clientId());
                if (changed == 0) {
                    throw new IllegalArgumentException("No release rule " + id);
                }
            }
            changed(tx);
            return new ReleaseRule(id, rule.seq(), rule.name(), rule.condition(), rule.action(),
                    nullToEmpty(rule.reason()), rule.holdHours(), rule.active(), holdUntil(rule));
        });
    }

    /** The snapshot goes now (this transaction sees its change) and after the commit (everyone does). */
    private void changed(Tx tx) {
        snapshots.clear();
        tx.afterCommit(snapshots::clear);
    }

    /** A hold needs a valid hold date expression or hold hours; other actions keep no hold date. */
    private void checkHold(ReleaseRule rule) {
        if (rule.action() != ReleaseAction.HOLD) {
            return;
        }
        if (rule.holdUntil() != null) {
            Optional<RuleError> error = conditions.validateDate(rule.holdUntil());
            if (error.isPresent()) {
                RuleError e = error.get();
                throw new InvalidRuleException(rule.name(), new RuleError("hold until: " + e.message(), e.line(),
                        e.column()));
            }
        } else if (rule.holdHours() <= 0) {
            throw new InvalidRuleException(rule.name(),
                    new RuleError("a hold needs a date to hold until or hold hours above 0", 0, 0));
        }
    }

    /** What does not fit CAT_ReleaseRule's columns is refused before the database would. */
    private static void checkLengths(ReleaseRule rule) {
        tooLong(rule, "name", rule.name(), NAME_LENGTH);
        tooLong(rule, "condition", rule.condition(), TEXT_LENGTH);
        tooLong(rule, "reason", rule.reason(), TEXT_LENGTH);
        tooLong(rule, "hold until", rule.holdUntil(), TEXT_LENGTH);
    }

    private static void tooLong(ReleaseRule rule, String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRuleException(rule.name().length() > 40 ? rule.name().substring(0, 40) + "…" : rule.name(),
                    new RuleError("the " + what + " has " + value.length() + " characters; at most " + max
                            + " fit, shorten it", 0, 0));
        }
    }

    private static String flag(boolean yes) {
        return yes ? "Y" : "N";
    }

    private static String holdUntil(ReleaseRule rule) {
        return rule.action() == ReleaseAction.HOLD ? rule.holdUntil() : null;
    }

    @Override
    public void delete(Tx tx, long ruleId, String who) {
        sql(() -> Sql.update(tx.connection(), "delete from CAT_ReleaseRule where CAT_ReleaseRule_ID = ? and AD_Client_ID in (0, ?)",
                ruleId, tx.clientId()));
        changed(tx);
    }

    @Override
    public Optional<RuleError> validate(String condition) {
        return conditions.validate(condition);
    }

    @Override
    public List<ReleaseFact> facts() {
        return ReleaseFacts.CATALOGUE;
    }

    @Override
    public List<Long> preview(Tx tx, String condition, int lastOrders) {
        Optional<RuleError> error = conditions.validate(condition);
        if (error.isPresent()) {
            throw new InvalidRuleException("preview", error.get());
        }
        List<Long> caught = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Object>> last : latestFacts(tx, lastOrders)) {
            if (catches(condition, last.getValue())) {
                caught.add(last.getKey());
            }
        }
        return caught;
    }

    /**
     * Whether the condition holds on facts stored with an earlier decision. Facts added to the
     * catalogue since then are absent there: they count as null, and a condition that cannot be
     * judged without them does not catch the order.
     */
    private boolean catches(String condition, Map<String, Object> stored) {
        Map<String, Object> facts = new HashMap<>(stored);
        ReleaseFacts.CATALOGUE.forEach(f -> facts.putIfAbsent(f.name(), null));
        try {
            return conditions.matches(condition, facts);
        } catch (RuntimeException cannotJudge) {
            return false;
        }
    }

    @Override
    public List<ReleaseDecision> decisions(Tx tx, long orderId) {
        return sql(() -> Sql.query(tx.connection(), """
                select order_id, decided_at, rule_name, action, reason, facts::text from catura_release_decision
                 where order_id = ? order by decision_id""", rs -> new ReleaseDecision(rs.getLong(1),
                Sql.instant(rs, "decided_at"), rs.getString(3), ReleaseAction.valueOf(rs.getString(4)),
                rs.getString(5), readFacts(rs.getString(6))), orderId));
    }

    /**
     * The manual-queue rules a person has already dealt with for this order: rules that queued
     * it before a person sent it back from the queue. They do not queue it again.
     */
    SortedSet<String> reviewedRules(Tx tx, long orderId) {
        return new TreeSet<>(sql(() -> Sql.query(tx.connection(), """
                select distinct d.rule_name from catura_release_decision d
                 where d.order_id = ? and d.action = 'MANUAL_QUEUE' and d.rule_id is not null
                   and exists (select 1 from catura_process_event e
                                where e.order_id = d.order_id and e.from_state = 'MANUAL_QUEUE'
                                  and e.to_state = 'ORDER_ENTERED' and e.at > d.decided_at)""",
                rs -> rs.getString(1), orderId)));
    }

    /** Records a decision with the facts it saw. */
    void record(Tx tx, long orderId, ReleaseRule rule, ReleaseAction action, String reason,
            Map<String, Object> facts) {
        sql(() -> Sql.update(tx.connection(), """
                insert into catura_release_decision (order_id, rule_id, rule_name, action, reason, facts)
                values (?, ?, ?, ?, ?, ?::jsonb)""", orderId, rule == null ? null : rule.id(),
                rule == null ? "(no rule matched)" : rule.name(), action, reason, writeFacts(facts)));
    }

    /** The facts of each order's latest decision, newest orders first. */
    private List<Map.Entry<Long, Map<String, Object>>> latestFacts(Tx tx, int lastOrders) {
        return sql(() -> Sql.query(tx.connection(), """
                select distinct on (order_id) order_id, facts::text from catura_release_decision
                 where order_id in (select order_id from catura_release_decision
                                     group by order_id order by max(decision_id) desc limit ?)
                 order by order_id desc, decision_id desc""",
                rs -> Map.entry(rs.getLong(1), readFacts(rs.getString(2))), lastOrders));
    }

    private Map<String, Object> readFacts(String json) {
        try {
            Map<String, Object> facts = mapper.readValue(json, FACTS);
            // Stored sets come back as lists; conditions use =~ on both alike.
            return facts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored release facts cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private String writeFacts(Map<String, Object> facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Release facts cannot be stored: " + e.getOriginalMessage(), e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseException("Release rules: " + e.getMessage(), e);
        }
    }
}
