package org.catura.core.internal.process;

import static org.catura.core.internal.process.Sql.instant;
import static org.catura.core.internal.process.Sql.integer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.HandInResult;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.core.api.process.UpdateResult;

/** The order and process tables: {@link OrderProcess} on JDBC. */
public final class ProcessStore implements OrderProcess {

    static final Map<DocumentKind, String> DOCUMENT_COLUMNS = Map.of(
            DocumentKind.BUSINESS_PARTNER, "bpartner_id",
            DocumentKind.SALES_ORDER, "sales_order_id",
            DocumentKind.SHIPMENT, "shipment_id",
            DocumentKind.INVOICE, "invoice_id",
            DocumentKind.PAYMENT, "payment_id");

    private static final String VIEW_SELECT = """
            select o.order_id, o.channel, o.external_id, o.received_at, p.state, p.attempts, p.last_error,
                   p.next_attempt_at, p.parked, p.updated_at, p.bpartner_id, p.sales_order_id, p.shipment_id,
                   p.invoice_id, p.payment_id
              from catura_order o join catura_process p on p.order_id = o.order_id
            """;

    private final OrderJson json = new OrderJson();
    private final CustomerChoice customerChoice = new CustomerChoice();
    private final Supplier<Set<OrderState>> workStates;
    private final Supplier<Set<String>> sinkTopics;

    /** Every unsent outbox message counts as work. */
    public ProcessStore(Supplier<Set<OrderState>> workStates) {
        this(workStates, null);
    }

    /**
     * @param workStates the states some station takes as input: orders there have work to do
     * @param sinkTopics the outbox topics some sink delivers: messages of other topics wait for a
     *                   node that has their sink and are no work here
     */
    public ProcessStore(Supplier<Set<OrderState>> workStates, Supplier<Set<String>> sinkTopics) {
        this.workStates = workStates;
        this.sinkTopics = sinkTopics;
    }

    @Override
    public HandInResult handIn(Tx tx, ImportedOrder order, String rawJson) {
        try {
            Connection c = tx.connection();
            Optional<Long> inserted = Sql.one(c, """
                    insert into catura_order (channel, external_id, order_json, raw_json)
                    values (?, ?, ?::jsonb, ?)
                    on conflict (channel, external_id) do nothing
                    returning order_id""", rs -> rs.getLong(1),
                    order.channel(), order.externalId(), json.write(order), rawJson);
            if (inserted.isEmpty()) {
                long existing = findOrderId(tx, order.channel(), order.externalId()).orElseThrow();
                return new HandInResult(existing, false);
            }
            long orderId = inserted.get();
            OrderState first = initialState(order);
            Sql.update(c, "insert into catura_process (order_id, state) values (?, ?)", orderId, first);
            event(c, orderId, "hand-in", null, first, "Received from " + order.channel() + " as "
                    + order.status().name().toLowerCase());
            return new HandInResult(orderId, true);
        } catch (SQLException e) {
            throw new DatabaseException("Storing order " + order.externalId() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public UpdateResult update(Tx tx, ImportedOrder order, String rawJson) {
        return write(() -> {
            Connection c = tx.connection();
            Stored stored = Sql.one(c, """
                    select o.order_id, o.order_json::text, p.state, p.shipment_id
                      from catura_order o join catura_process p on p.order_id = o.order_id
                     where o.channel = ? and o.external_id = ? for update of p""",
                    rs -> new Stored(rs.getLong(1), json.read(rs.getString(2)), OrderState.valueOf(rs.getString(3))),
                    order.channel(), order.externalId())
                    .orElseThrow(() -> new IllegalArgumentException("Order " + order.externalId() + " of "
                            + order.channel() + " was never handed in"));
            ImportedOrder old = stored.order();
            if (old.equals(order) || (old.lastUpdatedAt() != null && order.lastUpdatedAt() != null
                    && order.lastUpdatedAt().isBefore(old.lastUpdatedAt()))) {
                return UpdateResult.UNCHANGED;
            }
            Sql.update(c, """
                    update catura_order set order_json = ?::jsonb, raw_json = coalesce(?, raw_json),
                           updated_at = now() where order_id = ?""", json.write(order), rawJson, stored.orderId());
            OrderState state = stored.state();
            UpdateResult result = UpdateResult.UPDATED;
            OrderState next = null;
            String why = "Updated by " + order.channel() + ": " + order.status().name().toLowerCase();
            if (order.status() == ChannelOrderStatus.CANCELLED && old.status() != ChannelOrderStatus.CANCELLED
                    && !state.isTerminal()) {
                if (SHIPPED_STATES.contains(state)) {
                    result = UpdateResult.CANCELLED_AFTER_SHIPPING;
                    next = OrderState.MANUAL_QUEUE;
                    why = order.channel() + " cancelled the order after it went to the carrier: decide by hand";
                    issue(c, stored.orderId(), "CANCELLED_AFTER_SHIPPING", why);
                } else {
                    result = UpdateResult.CANCELLED;
                    next = OrderState.CANCELLING;
                    why = order.channel() + " cancelled the order"
                            + (order.cancellationReason() == null ? "" : ": " + order.cancellationReason());
                }
            } else if (state == OrderState.WAITING_AT_CHANNEL && order.status() != ChannelOrderStatus.PENDING
                    && order.status() != ChannelOrderStatus.CANCELLED) {
                result = UpdateResult.RELEASED_FROM_WAITING;
                next = OrderState.RECEIVED;
                why = "Payable now (" + order.status().name().toLowerCase() + ")";
            } else if (order.has(OrderFlag.CANCELLATION_REQUESTED) && !old.has(OrderFlag.CANCELLATION_REQUESTED)
                    && AFTER_RELEASE.contains(state)) {
                result = UpdateResult.CANCELLATION_REQUESTED;
                next = OrderState.MANUAL_QUEUE;
                why = "The buyer asked to cancel after release"
                        + (order.cancellationReason() == null ? "" : ": " + order.cancellationReason());
                issue(c, stored.orderId(), "CANCELLATION_REQUESTED", why);
            }
            if (next != null) {
                Sql.update(c, """
                        update catura_process set state = ?, attempts = 0, last_error = null, parked = false,
                               next_attempt_at = now(), lease_owner = null, lease_until = null, updated_at = now()
                         where order_id = ?""", next, stored.orderId());
            }
            event(c, stored.orderId(), "channel-update", next == null ? null : state, next, why);
            return result;
        });
    }

    /** With the carrier or beyond: cancelling needs a person. */
    private static final Set<OrderState> SHIPPED_STATES = EnumSet.of(OrderState.TRANSMITTED, OrderState.SHIPPED,
            OrderState.SHIPMENT_CONFIRMED, OrderState.INVOICED);
    /** Released but not yet with the carrier: a buyer's cancellation request stops it for a person. */
    private static final Set<OrderState> AFTER_RELEASE = EnumSet.of(OrderState.RELEASED,
            OrderState.SHIPMENT_CREATED, OrderState.CARRIER_CHOSEN);

    private record Stored(long orderId, ImportedOrder order, OrderState state) {
    }

    private static void issue(Connection c, long orderId, String code, String detail) throws SQLException {
        Sql.update(c, "insert into catura_order_issue (order_id, code, detail, station) values (?, ?, ?, ?)",
                orderId, code, detail, "channel-update");
    }

    static OrderState initialState(ImportedOrder order) {
        if (order.status() == ChannelOrderStatus.PENDING) {
            return OrderState.WAITING_AT_CHANNEL;
        }
        if (order.status() == ChannelOrderStatus.CANCELLED) {
            return OrderState.CANCELLED;
        }
        return OrderState.RECEIVED;
    }

    @Override
    public Optional<ImportedOrder> order(Tx tx, long orderId) {
        return read(() -> Sql.one(tx.connection(), "select order_json::text from catura_order where order_id = ?",
                rs -> json.read(rs.getString(1)), orderId));
    }

    @Override
    public Optional<Long> findOrderId(Tx tx, String channel, String externalId) {
        return read(() -> Sql.one(tx.connection(),
                "select order_id from catura_order where channel = ? and external_id = ?",
                rs -> rs.getLong(1), channel, externalId));
    }

    @Override
    public Optional<OrderProcessView> view(Tx tx, long orderId) {
        return read(() -> Sql.one(tx.connection(), VIEW_SELECT + " where o.order_id = ?", ProcessStore::view,
                orderId));
    }

    @Override
    public List<OrderProcessView> list(Tx tx, Optional<OrderState> state, int limit) {
        return read(() -> state.isPresent()
                ? Sql.query(tx.connection(), VIEW_SELECT + " where p.state = ? order by o.order_id desc limit ?",
                        ProcessStore::view, state.get(), limit)
                : Sql.query(tx.connection(), VIEW_SELECT + " order by o.order_id desc limit ?",
                        ProcessStore::view, limit));
    }

    @Override
    public List<ProcessEvent> timeline(Tx tx, long orderId) {
        return read(() -> Sql.query(tx.connection(), """
                select at, station, from_state, to_state, message from catura_process_event
                 where order_id = ? order by event_id""",
                rs -> new ProcessEvent(instant(rs, "at"), rs.getString("station"), state(rs, "from_state"),
                        state(rs, "to_state"), rs.getString("message")), orderId));
    }

    @Override
    public Map<OrderState, Long> countByState(Tx tx) {
        Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
        read(() -> Sql.query(tx.connection(), "select state, count(*) from catura_process group by state",
                rs -> counts.put(OrderState.valueOf(rs.getString(1)), rs.getLong(2))));
        return counts;
    }

    @Override
    public boolean idle(Tx tx) {
        String[] states = workStates.get().stream().map(Enum::name).toArray(String[]::new);
        String[] topics = sinkTopics == null ? null : sinkTopics.get().toArray(String[]::new);
        return read(() -> Sql.one(tx.connection(), """
                select not exists (select 1 from catura_process
                                    where not parked and state = any (?)
                                      and (next_attempt_at <= now() or attempts > 0))
                   and not exists (select 1 from catura_outbox where sent_at is null and not parked
                                      and (?::varchar[] is null or topic = any (?::varchar[])))""",
                rs -> rs.getBoolean(1), tx.connection().createArrayOf("varchar", states),
                topics == null ? null : tx.connection().createArrayOf("varchar", topics),
                topics == null ? null : tx.connection().createArrayOf("varchar", topics)).orElse(true));
    }

    @Override
    public void moveTo(Tx tx, long orderId, OrderState state, String who, String reason) {
        write(() -> {
            Connection c = tx.connection();
            OrderState from = Sql.one(c, "select state from catura_process where order_id = ? for update",
                            rs -> OrderState.valueOf(rs.getString(1)), orderId)
                    .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
            Sql.update(c, """
                    update catura_process set state = ?, attempts = 0, last_error = null, parked = false,
                           next_attempt_at = now(), lease_owner = null, lease_until = null, updated_at = now()
                     where order_id = ?""", state, orderId);
            if (state != OrderState.MANUAL_QUEUE) {
                // A person sending the order on has dealt with what the stations found.
                Sql.update(c, "update catura_order_issue set resolved = true where order_id = ? and not resolved",
                        orderId);
            }
            event(c, orderId, who, from, state, reason);
            return null;
        });
    }

    @Override
    public void chooseCustomer(Tx tx, long orderId, ChosenCustomer customer, String who, String reason) {
        if (customer == null || who == null || who.isBlank()) {
            throw new IllegalArgumentException("Choosing the customer of order " + orderId
                    + " needs the customer and who chose it");
        }
        write(() -> {
            customerChoice.record(tx.connection(), orderId, customer, who.strip(), reason);
            return null;
        });
    }

    static void event(Connection c, long orderId, String station, OrderState from, OrderState to, String message)
            throws SQLException {
        Sql.update(c, """
                insert into catura_process_event (order_id, station, from_state, to_state, message)
                values (?, ?, ?, ?, ?)""", orderId, station, from == null ? null : from.name(),
                to == null ? null : to.name(), message);
    }

    private static OrderProcessView view(ResultSet rs) throws SQLException {
        Map<DocumentKind, Integer> docs = new EnumMap<>(DocumentKind.class);
        for (Map.Entry<DocumentKind, String> col : DOCUMENT_COLUMNS.entrySet()) {
            Integer id = integer(rs, col.getValue());
            if (id != null) {
                docs.put(col.getKey(), id);
            }
        }
        return new OrderProcessView(rs.getLong("order_id"), rs.getString("channel"), rs.getString("external_id"),
                OrderState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "next_attempt_at"), rs.getBoolean("parked"), instant(rs, "received_at"),
                instant(rs, "updated_at"), docs);
    }

    private static OrderState state(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : OrderState.valueOf(s);
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T read(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseException("Reading the order process failed: " + e.getMessage(), e);
        }
    }

    private static <T> T write(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseException("Updating the order process failed: " + e.getMessage(), e);
        }
    }
}
