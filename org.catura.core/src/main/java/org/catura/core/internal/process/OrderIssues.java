package org.catura.core.internal.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.process.OrderIssue;

/** The one writer and reader of catura_order_issue: problems found in an order that a person must look at. */
public final class OrderIssues {

    /** A problem as a station reports it. */
    public record Issue(IssueCode code, String detail) {

        @Override
        public String toString() {
            return code + ": " + detail;
        }
    }

    public void add(Tx tx, long orderId, String station, Issue issue) {
        Sql.update(tx, "insert into catura_order_issue (order_id, code, detail, station) values (?, ?, ?, ?)",
                orderId, issue.code().value(), issue.detail(), station);
    }

    /** The order's issues no person has dealt with yet, oldest first. */
    public List<OrderIssue> openIssues(Tx tx, long orderId) {
        return openIssues(tx, new Long[] {orderId}).getOrDefault(orderId, List.of());
    }

    /** The open issues of all listed orders in one statement, by order. */
    Map<Long, List<OrderIssue>> openIssues(Tx tx, Long[] orderIds) {
        Map<Long, List<OrderIssue>> byOrder = new LinkedHashMap<>();
        Sql.query(tx, """
                select order_id, code, detail, station, created_at from catura_order_issue
                 where order_id = any (?) and not resolved order by issue_id""",
                rs -> byOrder.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OrderIssue(
                        IssueCode.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                        Sql.instant(rs, "created_at"))), Sql.array(tx, "bigint", orderIds));
        return byOrder;
    }

    /** A person sending the order on has dealt with what the stations found. */
    void resolveAll(Tx tx, long orderId) {
        Sql.update(tx, "update catura_order_issue set resolved = true where order_id = ? and not resolved", orderId);
    }
}
