package org.catura.ticket.internal;

import java.sql.Array;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderIssue;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.WaitingOrder;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;

/**
 * The orders waiting for a person as the queue shows them: core's read model of waiting orders
 * (why, since when, where they continue) with what the ticket plugin knows of each — the clerk
 * holding it and its open ticket. Read-only; changes go through {@link OrderProcess}.
 */
final class QueueReader {

    private final OrderProcess process;

    QueueReader(OrderProcess process) {
        this.process = process;
    }

    List<QueuedOrder> list(Tx tx, int limit) {
        return queued(tx, process.waiting(tx, limit));
    }

    Optional<QueuedOrder> get(Tx tx, long orderId) {
        return process.waiting(tx, orderId).flatMap(w -> queued(tx, List.of(w)).stream().findFirst());
    }

    /** The order's state right now, for refusals that say where it is instead. */
    Optional<String> stateOf(Tx tx, long orderId) {
        return process.view(tx, orderId).map(v -> v.state() + (v.parked() ? " (parked)" : ""));
    }

    private record Held(String holder, Instant claimedAt) {
    }

    private List<QueuedOrder> queued(Tx tx, List<WaitingOrder> waiting) {
        if (waiting.isEmpty()) {
            return List.of();
        }
        Array ids = Sql.array(tx, "bigint", waiting.stream().map(WaitingOrder::orderId).toArray(Long[]::new));
        Map<Long, Held> claims = new HashMap<>();
        Sql.query(tx, "select order_id, holder, claimed_at from catura_ticket_claim where order_id = any (?)",
                rs -> claims.put(rs.getLong(1), new Held(rs.getString(2), Sql.instant(rs, "claimed_at"))), ids);
        Map<String, Long> tickets = new HashMap<>();
        Sql.query(tx, """
                select order_id, type, min(ticket_id) from catura_ticket
                 where order_id = any (?) and status <> ? group by order_id, type""",
                rs -> tickets.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3)), ids, TicketStatus.CLOSED);
        return waiting.stream().map(w -> {
            Held held = claims.get(w.orderId());
            TicketType type = QueueTickets.typeOf(w.parked());
            return new QueuedOrder(w.orderId(), w.channel(), w.externalId(), w.state(), w.parked(), w.since(),
                    w.issues().stream().map(OrderIssue::toString).toList(), w.message(), w.continueAt(),
                    held == null ? null : held.holder(), held == null ? null : held.claimedAt(),
                    tickets.get(w.orderId() + "/" + type), w.bpartnerId(), w.salesOrderId());
        }).toList();
    }
}
