package org.catura.core.internal.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.core.api.retention.PersonalDataHolder;

/**
 * The buyer data in core's own tables: the order's normalised and raw JSON, its timeline, release
 * decisions (facts and reasons), customer match reasons, issues and last error, and the sent
 * outbox messages about it, which are deleted. Messages not yet sent keep what they must deliver.
 */
final class CoreOrderData implements PersonalDataHolder {

    static final String NAME = "core";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Integer> erase(Tx tx, List<ErasableOrder> orders) {
        Map<String, Integer> rows = new TreeMap<>();
        for (ErasableOrder o : orders) {
            count(rows, "catura_order", order(tx, o));
            count(rows, "catura_process", texts(tx, o, "catura_process", "order_id", "last_error"));
            count(rows, "catura_process_event", texts(tx, o, "catura_process_event", "event_id", "message"));
            count(rows, "catura_release_decision", decisions(tx, o));
            count(rows, "catura_order_customer", texts(tx, o, "catura_order_customer", "order_id", "reason"));
            count(rows, "catura_order_issue", texts(tx, o, "catura_order_issue", "issue_id", "detail"));
            count(rows, "catura_outbox", sentMessages(tx, o));
        }
        return rows;
    }

    private static int order(Tx tx, ErasableOrder o) {
        record Stored(String orderJson, String rawJson) {
        }
        Stored s = Sql.one(tx, "select order_json::text, raw_json from catura_order where order_id = ?",
                rs -> new Stored(rs.getString(1), rs.getString(2)), o.orderId()).orElseThrow();
        String orderJson = PersonalData.eraseJson(s.orderJson(), o.personalValues());
        String rawJson = PersonalData.eraseJson(s.rawJson(), o.personalValues());
        // jsonb compares by value: Jackson's spacing and key order do not count as a change.
        return Sql.update(tx, """
                update catura_order set order_json = ?::jsonb, raw_json = ?
                 where order_id = ? and (order_json <> ?::jsonb or raw_json is distinct from ?)""",
                orderJson, Sql.text(rawJson), o.orderId(), orderJson, Sql.text(rawJson));
    }

    private static int decisions(Tx tx, ErasableOrder o) {
        record Decision(long id, String facts, String reason) {
        }
        int changed = 0;
        for (Decision d : Sql.query(tx, """
                select decision_id, facts::text, reason from catura_release_decision where order_id = ?""",
                rs -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3)), o.orderId())) {
            changed += Sql.update(tx, """
                    update catura_release_decision set facts = ?::jsonb, reason = ?
                     where decision_id = ? and (facts <> ?::jsonb or reason <> ?)""",
                    PersonalData.eraseJson(d.facts(), o.personalValues()),
                    PersonalData.eraseText(d.reason(), o.personalValues()), d.id(),
                    PersonalData.eraseJson(d.facts(), o.personalValues()),
                    PersonalData.eraseText(d.reason(), o.personalValues()));
        }
        return changed;
    }

    /** Free text of one column of the order's rows in {@code table}, with the order's values erased. */
    private static int texts(Tx tx, ErasableOrder o, String table, String key, String column) {
        record Text(long key, String text) {
        }
        List<Text> changed = new ArrayList<>();
        for (Text t : Sql.query(tx, "select " + key + ", " + column + " from " + table + " where order_id = ? and "
                + column + " is not null", rs -> new Text(rs.getLong(1), rs.getString(2)), o.orderId())) {
            String erased = PersonalData.eraseText(t.text(), o.personalValues());
            if (!erased.equals(t.text())) {
                changed.add(new Text(t.key(), erased));
            }
        }
        for (Text t : changed) {
            Sql.update(tx, "update " + table + " set " + column + " = ? where " + key + " = ?", t.text(), t.key());
        }
        return changed.size();
    }

    /**
     * Sent messages name their order by its external id in the key or the payload (Amazon's
     * confirmShipment, say) or carry the buyer's e-mail address (a mail): once sent they are only
     * history. Nothing else is matched: a sent row also keeps its key from being sent again, so
     * another order's rows must stay.
     */
    private static int sentMessages(Tx tx, ErasableOrder o) {
        Object[] emails = o.personalValues().stream().filter(v -> v.contains("@")).toArray();
        return Sql.update(tx, """
                delete from catura_outbox
                 where sent_at is not null
                   and (strpos(idempotency_key, ?) > 0 or strpos(payload, ?) > 0
                        or exists (select 1 from unnest(?::text[]) v where strpos(payload, v) > 0))""",
                o.externalId(), o.externalId(), Sql.array(tx, "text", emails));
    }

    private static void count(Map<String, Integer> rows, String table, int n) {
        if (n > 0) {
            rows.merge(table, n, Integer::sum);
        }
    }
}
