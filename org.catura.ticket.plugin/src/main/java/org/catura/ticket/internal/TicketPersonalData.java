package org.catura.ticket.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.core.api.retention.PersonalDataHolder;
import org.catura.ticket.api.TicketActionKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The buyer data in the tickets of an order: summary and detail, and in their history the old and
 * new values and the comments. The order's personal values are erased wherever they occur, and a
 * clerk's corrections (customer, ship-to address) whole; the tickets, who did what and when, stay.
 */
@Component(service = PersonalDataHolder.class)
public final class TicketPersonalData implements PersonalDataHolder {

    private static final Pattern ERP_ID = Pattern.compile("#\\d+");

    /** {@code schema}: the ticket tables exist. */
    @Activate
    public TicketPersonalData(@Reference TicketSchema schema) {
        // the reference only orders activation after the ticket tables exist
    }

    TicketPersonalData() {
    }

    @Override
    public String name() {
        return "tickets";
    }

    @Override
    public Map<String, Integer> erase(Tx tx, List<ErasableOrder> orders) {
        Map<String, Integer> rows = new TreeMap<>();
        for (ErasableOrder o : orders) {
            int tickets = 0;
            for (List<String> t : Sql.query(tx, "select ticket_id, summary, detail from catura_ticket where order_id = ?",
                    rs -> List.of(rs.getString(1), rs.getString(2), Objects.toString(rs.getString(3), "")),
                    o.orderId())) {
                String summary = PersonalData.eraseText(t.get(1), o.personalValues());
                String detail = PersonalData.eraseText(t.get(2), o.personalValues());
                if (!summary.equals(t.get(1)) || !detail.equals(t.get(2))) {
                    tickets += Sql.update(tx, """
                            update catura_ticket set summary = ?, detail = nullif(?, '') where ticket_id = ?""",
                            summary, detail, Long.parseLong(t.get(0)));
                }
            }
            int actions = 0;
            for (List<String> a : Sql.query(tx, """
                    select a.action_id, a.kind, a.old_value, a.new_value, a.comment from catura_ticket_action a
                      join catura_ticket t on t.ticket_id = a.ticket_id where t.order_id = ?""",
                    rs -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)), o.orderId())) {
                boolean correction = TicketActionKind.CORRECTION.name().equals(a.get(1));
                List<String> erased = new ArrayList<>(a.subList(0, 2));
                erased.add(correction ? reference(a.get(2)) : PersonalData.eraseText(a.get(2), o.personalValues()));
                erased.add(correction ? reference(a.get(3)) : PersonalData.eraseText(a.get(3), o.personalValues()));
                erased.add(PersonalData.eraseText(a.get(4), o.personalValues()));
                if (!erased.equals(a)) {
                    actions += Sql.update(tx, """
                            update catura_ticket_action set old_value = ?, new_value = ?, comment = ?
                             where action_id = ?""", Sql.text(erased.get(2)), Sql.text(erased.get(3)),
                            Sql.text(erased.get(4)), Long.parseLong(a.get(0)));
                }
            }
            count(rows, "catura_ticket", tickets);
            count(rows, "catura_ticket_action", actions);
        }
        return rows;
    }

    /**
     * A correction's old and new value describe a partner or an address, which is all personal
     * (a corrected address need not be in the order): only the ERP record's "#id" stays.
     */
    private static String reference(String value) {
        if (value == null) {
            return null;
        }
        Matcher id = ERP_ID.matcher(value);
        return id.lookingAt() ? id.group() + " " + PersonalData.ERASED : PersonalData.ERASED;
    }

    private static void count(Map<String, Integer> rows, String table, int n) {
        if (n > 0) {
            rows.merge(table, n, Integer::sum);
        }
    }
}
