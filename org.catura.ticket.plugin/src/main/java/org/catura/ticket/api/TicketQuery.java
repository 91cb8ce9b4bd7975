package org.catura.ticket.api;

/**
 * Which tickets to list, newest first; null fields do not filter. {@code openOnly} leaves out
 * closed tickets; {@code overdueOnly} keeps open tickets past their due date.
 */
public record TicketQuery(TicketType type, TicketStatus status, String assignee, Long orderId, Integer bpartnerId,
        boolean openOnly, boolean overdueOnly, int limit) {

    public static TicketQuery open(int limit) {
        return new TicketQuery(null, null, null, null, null, true, false, limit);
    }

    public static TicketQuery ofOrder(long orderId) {
        return new TicketQuery(null, null, null, orderId, null, false, false, 1000);
    }
}
