package org.catura.webui.internal.pages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketQuery;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.Tickets;

/**
 * The automation rate per day of receipt: the share of the orders received that day that never
 * went to the manual queue. An order went there when it is there now or has (had) a
 * manual-queue ticket — every order a clerk worked on has one. Orders still waiting at the
 * channel (not yet payable) are not counted.
 */
public final class AutomationRate {

    private final OrderProcess process;
    private final Tickets tickets;

    public AutomationRate(OrderProcess process, Tickets tickets) {
        this.process = process;
        this.tickets = tickets;
    }

    /** One day: how many orders, how many needed the queue. */
    public record Day(LocalDate day, int orders, int manual) {
        /** Percent of orders that went through without the queue; 0 when there were none. */
        public int percent() {
            return orders == 0 ? 0 : (int) Math.round(100.0 * (orders - manual) / orders);
        }
    }

    public List<Day> days(Tx tx, LocalDate last, int count) {
        Set<Long> queued = new HashSet<>();
        for (Ticket t : tickets.find(tx, new TicketQuery(TicketType.MANUAL_QUEUE, null, null, null, null, false,
                false, 100_000))) {
            if (t.orderId() != null) {
                queued.add(t.orderId());
            }
        }
        LocalDate first = last.minusDays(count - 1L);
        int[] orders = new int[count];
        int[] manual = new int[count];
        for (OrderProcessView v : process.list(tx, Optional.empty(), OrderSearch.WINDOW)) {
            if (v.receivedAt() == null || v.state() == OrderState.WAITING_AT_CHANNEL) {
                continue;
            }
            LocalDate day = v.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (day.isBefore(first) || day.isAfter(last)) {
                continue;
            }
            int i = (int) (day.toEpochDay() - first.toEpochDay());
            orders[i]++;
            if (v.state() == OrderState.MANUAL_QUEUE || queued.contains(v.orderId())) {
                manual[i]++;
            }
        }
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Day(first.plusDays(i), orders[i], manual[i]));
        }
        return out;
    }

    /** Bars of an inline SVG chart, 0–100 % mapped to {@code height} pixels. */
    public record Bar(double x, double y, double width, double height, Day day, double labelY) {
    }

    public static List<Bar> bars(List<Day> days, double width, double height) {
        List<Bar> bars = new ArrayList<>();
        double slot = width / Math.max(1, days.size());
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            double h = d.orders() == 0 ? 0 : height * d.percent() / 100.0;
            bars.add(new Bar(i * slot + slot * 0.15, height - h, slot * 0.7, h, d, Math.max(12, height - h - 4)));
        }
        return bars;
    }
}
