package org.catura.core.internal.process;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.HandInResult;
import org.catura.core.api.process.OrderIssue;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderQuery;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.core.api.process.ProcessMovedException;
import org.catura.core.api.process.UpdateResult;
import org.catura.core.api.process.WaitingOrder;
import org.catura.core.api.process.WorkerStatus;

/** The order and process tables: {@link OrderProcess} on JDBC; changes of the process rows go through {@link ProcessRows}. */
public final class ProcessStore implements OrderProcess {

    /** Who the timeline names for a channel's update. */
    private static final String CHANNEL_UPDATE = "channel-update";

    private static final String VIEW_SELECT = """
            select o.order_id, o.channel, o.external_id, o.received_at, p.state, p.attempts, p.last_error,
                   p.next_attempt_at, p.parked, p.updated_at, p.bpartner_id, p.sales_order_id, p.shipment_id,
                   p.invoice_id, p.payment_id
              from catura_order o join catura_process p on p.order_id = o.order_id
            """;

    /** Why an order waits: for the manual queue, the timeline line that moved it there. */
    private static final String WAITING_SELECT = """
            select p.order_id, o.channel, o.external_id, p.state, p.parked, p.last_error, p.bpartner_id,
                   p.sales_order_id, p.updated_at, q.at as queued_at, q.from_state, q.message
              from catura_process p
              join catura_order o on o.order_id = p.order_id
              left join lateral (select e.at, e.from_state, e.message from catura_process_event e
                                  where e.order_id = p.order_id and e.to_state = ?
                                  order by e.event_id desc limit 1) q on p.state = ?
             where (p.state = ? or p.parked)""";

    private final OrderJson json = new OrderJson();
    private final OrderIssues issues = new OrderIssues();
    private final ProcessRows rows;
    private final CustomerChoice customerChoice;
    private final Supplier<Set<OrderState>> workStates;
    private final Supplier<Set<String>> sinkTopics;
    private final Supplier<List<WorkerStatus>> workers;

    /** Every unsent outbox message counts as work; no listeners are told. */
    public ProcessStore(Supplier<Set<OrderState>> workStates) {
        this(workStates, null);
    }

    /** No listeners are told. */
    public ProcessStore(Supplier<Set<OrderState>> workStates, Supplier<Set<String>> sinkTopics) {
        this(workStates, sinkTopics, new ProcessRows(new ProcessListeners()));
    }

    /** The store of {@code engine}: its work states, its sinks' topics, its listeners, its workers. */
    public ProcessStore(ProcessEngine engine) {
        this(engine::workStates, engine::sinkTopics, engine.rows(), engine::workers);
    }

    /**
     * @param workStates the states some station takes as input: orders there have work to do
     * @param sinkTopics the outbox topics some sink delivers: messages of other topics wait for a
     *                   node that has their sink and are no work here (null: every topic counts)
     * @param rows       the writer of the process rows, with the listeners it tells
     */
    public ProcessStore(Supplier<Set<OrderState>> workStates, Supplier<Set<String>> sinkTopics, ProcessRows rows) {
        this(workStates, sinkTopics, rows, List::of);
    }

    /** As {@link #ProcessStore(Supplier, Supplier, ProcessRows)}, telling of the {@code workers} of its engine. */
    public ProcessStore(Supplier<Set<OrderState>> workStates, Supplier<Set<String>> sinkTopics, ProcessRows rows,
            Supplier<List<WorkerStatus>> workers) {
        this.workers = workers;
        this.workStates = workStates;
        this.sinkTopics = sinkTopics;
        this.rows = rows;
        this.customerChoice = new CustomerChoice(rows);
    }

    @Override
    public HandInResult handIn(Tx tx, ImportedOrder order, String rawJson) {
        OrderState first = initialState(order);
        Optional<Long> created = rows.handIn(tx, order.channel(), order.externalId(), json.write(order), rawJson,
                first, "Received from " + order.channel() + " as " + order.status().name().toLowerCase());
        if (created.isPresent()) {
            return new HandInResult(created.get(), true);
        }
        long existing = findOrderId(tx, order.channel(), order.externalId()).orElseThrow(() -> new DatabaseException(
                "Order " + order.externalId() + " of " + order.channel() + " was neither stored nor found", null));
        return new HandInResult(existing, false);
    }

    @Override
    public UpdateResult update(Tx tx, ImportedOrder order, String rawJson) {
        Stored stored = Sql.one(tx, """
                select o.order_id, o.order_json::text, p.state, p.parked
                  from catura_order o join catura_process p on p.order_id = o.order_id
                 where o.channel = ? and o.external_id = ? for update of p""",
                rs -> new Stored(rs.getLong(1), json.read(rs.getString(2)), OrderState.valueOf(rs.getString(3)),
                        rs.getBoolean(4)),
                order.channel(), order.externalId())
                .orElseThrow(() -> new IllegalArgumentException("Order " + order.externalId() + " of "
                        + order.channel() + " was never handed in"));
        ChannelUpdate change = ChannelUpdate.decide(stored.order(), order, stored.state());
        if (change.result() == UpdateResult.UNCHANGED) {
            return UpdateResult.UNCHANGED;
        }
        Sql.update(tx, """
                update catura_order set order_json = ?::jsonb, raw_json = coalesce(?, raw_json),
                       updated_at = now() where order_id = ?""", json.write(order), Sql.text(rawJson),
                stored.orderId());
        if (change.issue() != null) {
            issues.add(tx, stored.orderId(), CHANNEL_UPDATE, new OrderIssues.Issue(change.issue(), change.why()));
        }
        if (change.next() != null) {
            rows.move(tx, new ProcessRows.Current(stored.orderId(), order.channel(), stored.state(), stored.parked()),
                    change.next(), CHANNEL_UPDATE, change.why());
        } else {
            rows.note(tx, stored.orderId(), CHANNEL_UPDATE, change.why());
        }
        return change.result();
    }

    private record Stored(long orderId, ImportedOrder order, OrderState state, boolean parked) {
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
        return Sql.one(tx, "select order_json::text from catura_order where order_id = ?",
                rs -> json.read(rs.getString(1)), orderId);
    }

    @Override
    public Optional<Long> findOrderId(Tx tx, String channel, String externalId) {
        return Sql.one(tx, "select order_id from catura_order where channel = ? and external_id = ?",
                rs -> rs.getLong(1), channel, externalId);
    }

    @Override
    public Optional<OrderProcessView> view(Tx tx, long orderId) {
        return Sql.one(tx, VIEW_SELECT + " where o.order_id = ?", ProcessStore::view, orderId);
    }

    @Override
    public List<OrderProcessView> list(Tx tx, Optional<OrderState> state, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(OrderQuery.all().inState(state.orElse(null)), params);
        return page(tx, where, params, Math.max(limit, 0), 0);
    }

    @Override
    public List<OrderProcessView> search(Tx tx, OrderQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return page(tx, where, params, query.limit(), query.offset());
    }

    private static List<OrderProcessView> page(Tx tx, String where, List<Object> params, int limit, int offset) {
        params.add(limit);
        params.add(offset);
        return Sql.query(tx, VIEW_SELECT + where + " order by o.order_id desc limit ? offset ?", ProcessStore::view,
                params.toArray());
    }

    @Override
    public Map<OrderState, Long> countByState(Tx tx, OrderQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
        Sql.query(tx, "select p.state, count(*) from catura_order o join catura_process p on p.order_id = o.order_id"
                + where + " group by p.state", rs -> counts.put(OrderState.valueOf(rs.getString(1)), rs.getLong(2)),
                params.toArray());
        return counts;
    }

    private static String where(OrderQuery q, List<Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (q.state() != null) {
            w.append(" and p.state = ?");
            params.add(q.state());
        }
        if (q.channel() != null) {
            w.append(" and o.channel = ?");
            params.add(q.channel());
        }
        if (q.receivedFrom() != null) {
            w.append(" and o.received_at >= ?");
            params.add(q.receivedFrom());
        }
        if (q.receivedBefore() != null) {
            w.append(" and o.received_at < ?");
            params.add(q.receivedBefore());
        }
        if (q.text() != null) {
            w.append(" and o.external_id ilike ? escape '\\'");
            params.add("%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.afterOrderId() != null) {
            w.append(" and o.order_id > ?");
            params.add(q.afterOrderId());
        }
        return w.toString();
    }

    @Override
    public List<ProcessEvent> timeline(Tx tx, long orderId) {
        return Sql.query(tx, """
                select at, station, from_state, to_state, message from catura_process_event
                 where order_id = ? order by event_id""",
                rs -> new ProcessEvent(Sql.instant(rs, "at"), rs.getString("station"), state(rs, "from_state"),
                        state(rs, "to_state"), rs.getString("message")), orderId);
    }

    @Override
    public List<OrderIssue> openIssues(Tx tx, long orderId) {
        return issues.openIssues(tx, orderId);
    }

    @Override
    public List<WaitingOrder> waiting(Tx tx, int limit) {
        return withIssues(tx, Sql.query(tx, WAITING_SELECT + " order by coalesce(q.at, p.updated_at), p.order_id"
                + " limit ?", ProcessStore::waiting, OrderState.MANUAL_QUEUE, OrderState.MANUAL_QUEUE,
                OrderState.MANUAL_QUEUE, limit));
    }

    @Override
    public Optional<WaitingOrder> waiting(Tx tx, long orderId) {
        return withIssues(tx, Sql.query(tx, WAITING_SELECT + " and p.order_id = ?", ProcessStore::waiting,
                OrderState.MANUAL_QUEUE, OrderState.MANUAL_QUEUE, OrderState.MANUAL_QUEUE, orderId))
                .stream().findFirst();
    }

    /** The open issues of all listed orders in one statement. */
    private List<WaitingOrder> withIssues(Tx tx, List<WaitingOrder> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<OrderIssue>> byOrder = issues.openIssues(tx,
                orders.stream().map(WaitingOrder::orderId).toArray(Long[]::new));
        return orders.stream().map(o -> new WaitingOrder(o.orderId(), o.channel(), o.externalId(), o.state(),
                o.parked(), o.since(), byOrder.getOrDefault(o.orderId(), List.of()), o.message(), o.continueAt(),
                o.bpartnerId(), o.salesOrderId())).toList();
    }

    private static WaitingOrder waiting(ResultSet rs) throws SQLException {
        OrderState state = OrderState.valueOf(rs.getString("state"));
        boolean inQueue = state == OrderState.MANUAL_QUEUE;
        String from = rs.getString("from_state");
        // An order queued at release goes back to release; a parked order retries its own station.
        OrderState continueAt = inQueue ? (from == null ? OrderState.ORDER_ENTERED : OrderState.valueOf(from)) : state;
        return new WaitingOrder(rs.getLong("order_id"), rs.getString("channel"), rs.getString("external_id"), state,
                rs.getBoolean("parked"), inQueue && Sql.instant(rs, "queued_at") != null
                        ? Sql.instant(rs, "queued_at") : Sql.instant(rs, "updated_at"), List.of(),
                inQueue ? rs.getString("message") : rs.getString("last_error"), continueAt,
                Sql.integer(rs, "bpartner_id"), Sql.integer(rs, "sales_order_id"));
    }

    @Override
    public Map<OrderState, Long> countByState(Tx tx) {
        Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
        Sql.query(tx, "select state, count(*) from catura_process group by state",
                rs -> counts.put(OrderState.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    @Override
    public boolean idle(Tx tx) {
        String[] states = workStates.get().stream().map(Enum::name).toArray(String[]::new);
        String[] topics = sinkTopics == null ? null : sinkTopics.get().toArray(String[]::new);
        Array stateArray = Sql.array(tx, "varchar", states);
        Array topicArray = topics == null ? null : Sql.array(tx, "varchar", topics);
        return Sql.one(tx, """
                select not exists (select 1 from catura_process
                                    where not parked and state = any (?)
                                      and (next_attempt_at <= now() or attempts > 0))
                   and not exists (select 1 from catura_outbox where sent_at is null and not parked
                                      and (?::varchar[] is null or topic = any (?::varchar[])))""",
                rs -> rs.getBoolean(1), stateArray, topicArray, topicArray).orElse(true);
    }

    @Override
    public List<WorkerStatus> workers() {
        return workers.get();
    }

    @Override
    public void moveTo(Tx tx, long orderId, OrderState state, String who, String reason) {
        ProcessRows.Current current = rows.current(tx, orderId)
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        if (state != OrderState.MANUAL_QUEUE) {
            // A person sending the order on has dealt with what the stations found.
            issues.resolveAll(tx, orderId);
        }
        rows.move(tx, current, state, who, reason);
    }

    @Override
    public void moveTo(Tx tx, long orderId, OrderState expected, OrderState state, String who, String reason) {
        ProcessRows.Current current = at(tx, orderId, expected);
        if (state != OrderState.MANUAL_QUEUE) {
            issues.resolveAll(tx, orderId);
        }
        rows.move(tx, current, state, who, reason);
    }

    @Override
    public void lockAt(Tx tx, long orderId, OrderState expected) {
        at(tx, orderId, expected);
    }

    /** The order's row, locked, when it is at {@code expected}; otherwise who moved it away, and when. */
    private ProcessRows.Current at(Tx tx, long orderId, OrderState expected) {
        if (expected == null) {
            throw new IllegalArgumentException("A move of order " + orderId + " by hand needs the state it was seen in");
        }
        ProcessRows.Current current = rows.current(tx, orderId)
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        if (current.state() != expected) {
            ProcessEvent change = Sql.one(tx, """
                    select at, station, from_state, to_state, message from catura_process_event
                     where order_id = ? and to_state is not null order by event_id desc limit 1""",
                    rs -> new ProcessEvent(Sql.instant(rs, "at"), rs.getString("station"), state(rs, "from_state"),
                            state(rs, "to_state"), rs.getString("message")), orderId).orElse(null);
            throw new ProcessMovedException(orderId, expected, current.state(), change);
        }
        return current;
    }

    @Override
    public void chooseCustomer(Tx tx, long orderId, ChosenCustomer customer, String who, String reason) {
        if (customer == null || who == null || who.isBlank()) {
            throw new IllegalArgumentException("Choosing the customer of order " + orderId
                    + " needs the customer and who chose it");
        }
        customerChoice.record(tx, orderId, customer, who.strip(), reason);
    }

    @Override
    public void correctDeliveryAddress(Tx tx, long orderId, PostalAddress address, String who) {
        if (address == null || who == null || who.isBlank()) {
            throw new IllegalArgumentException("Correcting the delivery address of order " + orderId
                    + " needs the address and who corrected it");
        }
        // Locking the process row keeps the customer station from reading the order while it changes.
        ImportedOrder o = Sql.one(tx, """
                select o.order_json::text from catura_order o join catura_process p on p.order_id = o.order_id
                 where o.order_id = ? for update of p""", rs -> json.read(rs.getString(1)), orderId)
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        ImportedOrder corrected = new ImportedOrder(o.channel(), o.externalId(), o.marketplaceId(), o.purchasedAt(),
                o.lastUpdatedAt(), o.status(), o.fulfilment(), o.buyer(), address, o.billTo(), o.currency(),
                o.pricesIncludeTax(), o.orderTotal(), o.serviceLevel(), o.flags(), o.purchaseOrderNumber(),
                o.cancellationReason(), o.deliveryInstructions(), o.latestShipDate(), o.lines());
        Sql.update(tx, "update catura_order set order_json = ?::jsonb, updated_at = now() where order_id = ?",
                json.write(corrected), orderId);
        rows.note(tx, orderId, who.strip(), "Delivery address of the imported order "
                + (o.deliveryAddress() == null ? "entered" : "corrected") + " by " + who.strip());
    }

    @Override
    public void note(Tx tx, long orderId, String who, String message) {
        if (who == null || who.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("A note on order " + orderId + " needs who and what");
        }
        if (Sql.one(tx, "select 1 from catura_process where order_id = ?", rs -> 1, orderId).isEmpty()) {
            throw new IllegalArgumentException("No order " + orderId);
        }
        rows.note(tx, orderId, who.strip(), message.strip());
    }

    private static OrderProcessView view(ResultSet rs) throws SQLException {
        Map<DocumentKind, Integer> docs = ProcessRows.documents(rs);
        return new OrderProcessView(rs.getLong("order_id"), rs.getString("channel"), rs.getString("external_id"),
                OrderState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                Sql.instant(rs, "next_attempt_at"), rs.getBoolean("parked"), Sql.instant(rs, "received_at"),
                Sql.instant(rs, "updated_at"), docs);
    }

    private static OrderState state(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : OrderState.valueOf(s);
    }
}
