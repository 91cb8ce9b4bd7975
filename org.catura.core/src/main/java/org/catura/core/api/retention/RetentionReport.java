package org.catura.core.api.retention;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a retention run erased so far.
 *
 * @param rows rows changed per holder and table ("core/catura_order", "tickets/catura_ticket")
 */
public record RetentionReport(int orders, Map<String, Integer> rows) {

    public RetentionReport {
        rows = Map.copyOf(rows);
    }

    public static final RetentionReport NOTHING = new RetentionReport(0, Map.of());

    public RetentionReport plus(int moreOrders, Map<String, Integer> moreRows) {
        Map<String, Integer> sum = new TreeMap<>(rows);
        moreRows.forEach((table, n) -> sum.merge(table, n, Integer::sum));
        return new RetentionReport(orders + moreOrders, sum);
    }

    /** "3 order(s); core/catura_order 3, tickets/catura_ticket 1" */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(orders + " order(s)");
        String sep = "; ";
        for (Map.Entry<String, Integer> e : new TreeMap<>(rows).entrySet()) {
            s.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return s.toString();
    }
}
