package org.catura.core.internal.stations;

import java.sql.SQLException;
import java.util.List;
import org.catura.core.api.db.Tx;
import org.catura.core.internal.process.Sql;

/** Problems found in an order that a person must look at (catura_order_issue). */
public final class OrderIssues {

    public static final String UNKNOWN_SKU = "UNKNOWN_SKU";
    public static final String NO_TAX_RATE = "NO_TAX_RATE";
    public static final String NO_LINES = "NO_LINES";

    public record Issue(String code, String detail) {
        @Override
        public String toString() {
            return code + ": " + detail;
        }
    }

    public void add(Tx tx, long orderId, String station, Issue issue) throws SQLException {
        Sql.update(tx.connection(),
                "insert into catura_order_issue (order_id, code, detail, station) values (?, ?, ?, ?)", orderId,
                issue.code(), issue.detail(), station);
    }

    public List<Issue> open(Tx tx, long orderId) throws SQLException {
        return Sql.query(tx.connection(),
                "select code, detail from catura_order_issue where order_id = ? and not resolved order by issue_id",
                rs -> new Issue(rs.getString(1), rs.getString(2)), orderId);
    }
}
