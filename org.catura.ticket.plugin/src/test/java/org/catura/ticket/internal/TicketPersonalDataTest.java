package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.db.Sql;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.ticket.api.ShipToChange;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.Test;

/**
 * Two queued orders of Hans Müller with a ticket each, a clerk's comment naming him and a corrected
 * ship-to address; the first one's time is up. The ticket rows before and after.
 */
class TicketPersonalDataTest extends TicketTestBase {

    @Test
    void theDueOrdersTicketsLoseTheBuyerTheOtherOrdersAndTheErpPartnerKeepHim() {
        long due = queuedOrder();
        long recent = queuedOrder();
        for (long id : List.of(due, recent)) {
            tx(x -> desk.claim(x, id, "anna"));
            tx(x -> {
                desk.comment(x, id, "anna", "Called Hans Müller: the parcel goes to Hauptstraße 5 after all");
                return null;
            });
            tx(x -> desk.changeShipTo(x, id, "anna", new ShipToChange("Hans Müller",
                    new Location("Lindenallee 12", "Hinterhaus", null, null, "Potsdam", "14467", null, "DE"),
                    "+49 331 1")));
        }
        assertTrue(texts(due).contains("Hans Müller") && texts(due).contains("Lindenallee 12"), texts(due));
        SalesOrder so = salesOrder(due);
        String recentBefore = texts(recent);

        TicketPersonalData holder = new TicketPersonalData();
        Map<String, Integer> rows = tx(x -> holder.erase(x, List.of(erasable(due))));

        String after = texts(due);
        for (String personal : List.of("Hans", "Müller", "Hauptstraße", "Berlin", "10115", "Lindenallee", "Potsdam",
                "14467", "Hinterhaus")) {
            assertFalse(after.contains(personal), personal + " left in " + after);
        }
        assertTrue(after.contains("Called " + PersonalData.ERASED + ": the parcel goes to " + PersonalData.ERASED),
                after);
        assertTrue(after.matches("(?s).*#\\d+ \\[erased\\].*"), "the corrected location's ERP id stays: " + after);
        assertEquals(Map.of("catura_ticket_action", 2), rows, "comment and correction; the summary names no buyer");
        Ticket t = tx(x -> tickets.openTicket(x, due, TicketType.MANUAL_QUEUE)).orElseThrow();
        assertEquals(TicketType.MANUAL_QUEUE, t.type(), "the ticket stays");
        assertEquals(recentBefore, texts(recent), "an order not due keeps its tickets as they were");
        BusinessPartner bp = tx(x -> erp.businessPartners().get(x, so.bpartnerId())).orElseThrow();
        assertEquals("Hans Müller", bp.name(), "the ERP keeps the partner, as the law requires");
        assertTrue(bp.locations().stream().anyMatch(l -> "Potsdam".equals(l.location().city())));

        assertEquals(Map.of(), tx(x -> holder.erase(x, List.of(erasable(due)))), "twice: nothing more");
    }

    /** As core's retention names the order: the values of its stored and raw JSON. */
    private ErasableOrder erasable(long orderId) {
        return tx(x -> Sql.one(x, "select channel, external_id, order_json::text, raw_json from catura_order"
                + " where order_id = ?", rs -> {
                    Set<String> values = new LinkedHashSet<>(PersonalData.values(rs.getString(3)));
                    values.addAll(PersonalData.values(rs.getString(4)));
                    return new ErasableOrder(orderId, rs.getString(1), rs.getString(2), values);
                }, orderId).orElseThrow());
    }

    private String texts(long orderId) {
        return database.text("""
                select string_agg(concat_ws(' | ', t.summary, t.detail, a.old_value, a.new_value, a.comment), E'\\n'
                                  order by a.action_id)
                  from catura_ticket t join catura_ticket_action a on a.ticket_id = t.ticket_id
                 where t.order_id = ?""", orderId);
    }
}
