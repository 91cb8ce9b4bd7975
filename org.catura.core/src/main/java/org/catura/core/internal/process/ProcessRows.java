package org.catura.core.internal.process;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Transition;

/**
 * The one writer of the process rows (catura_process) and the timeline (catura_process_event).
 * Every change of state is a compare-and-set on the state it expected, writes its timeline line
 * in the same statement and tells the listeners in the same transaction.
 */
public final class ProcessRows {

    static final Map<DocumentKind, String> DOCUMENT_COLUMNS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            DocumentKind.BUSINESS_PARTNER, "bpartner_id",
            DocumentKind.SALES_ORDER, "sales_order_id",
            DocumentKind.SHIPMENT, "shipment_id",
            DocumentKind.INVOICE, "invoice_id",
            DocumentKind.PAYMENT, "payment_id")));

    /** A row entering a state starts there afresh: no attempts, no error, not parked, due now, unclaimed. */
    private static final String FRESH = "state = ?, attempts = 0, last_error = null, parked = false,"
            + " next_attempt_at = now(), lease_owner = null, lease_until = null, updated_at = now()";

    private static final String UNCLAIMED = "lease_owner = null, lease_until = null, updated_at = now()";

    /** One line of the timeline; {@code from} and {@code to} null: a note. */
    record Line(OrderState from, OrderState to, String message) {
        static Line note(String message) {
            return new Line(null, null, message);
        }
    }

    /** The row of an order a station claimed, read under lock in the order's transaction. */
    record Claimed(long orderId, String channel, OrderState state, int attempts, Map<DocumentKind, Integer> documents,
            String orderJson, String lease) {
    }

    /** The row of an order about to be moved, read under lock. */
    record Current(long orderId, String channel, OrderState state, boolean parked) {
    }

    /** Which channels' orders a claim takes: {@code only} when not empty, else all but {@code except}. */
    record Channels(Set<String> only, Set<String> except) {
        static final Channels ALL = new Channels(Set.of(), Set.of());

        Channels {
            only = Set.copyOf(only);
            except = Set.copyOf(except);
        }
    }

    private final ProcessListeners listeners;

    public ProcessRows(ProcessListeners listeners) {
        this.listeners = listeners;
    }

    /**
     * Stores the order for the transaction's tenant, its process row at {@code first} and the
     * hand-in line in one statement; empty when the order was known already.
     */
    Optional<Long> handIn(Tx tx, String channel, String externalId, String orderJson, String rawJson,
            OrderState first, String message) {
        Optional<Long> id = Sql.one(tx, """
                with o as (insert into catura_order (channel, external_id, order_json, raw_json, ad_client_id)
                           values (?, ?, ?::jsonb, ?, ?)
                           on conflict (channel, external_id) do nothing returning order_id),
                     p as (insert into catura_process (order_id, state) select order_id, ? from o returning order_id),
                     e as (insert into catura_process_event (order_id, station, from_state, to_state, message)
                           select order_id, 'hand-in', null, ?, ? from p)
                select order_id from o""", rs -> rs.getLong(1), channel, externalId, orderJson,
                Sql.text(rawJson), tx.clientId(), first, first, message);
        id.ifPresent(orderId -> listeners.tell(tx, new Transition(orderId, channel, null, false, first, false,
                "hand-in", message)));
        return id;
    }

    /** An order a claim took, with the tenant its work is for. */
    record ClaimedOrder(long orderId, int clientId) {
    }

    /** Claims up to {@code batch} due orders at {@code state} of {@code channels} for {@code lease}. */
    List<ClaimedOrder> claim(Tx tx, OrderState state, Channels channels, String lease, Duration leaseTime, int batch) {
        String join = "";
        String filter = "";
        List<Object> params = new ArrayList<>(List.of(lease, (double) leaseTime.toSeconds(), state));
        if (!channels.only().isEmpty() || !channels.except().isEmpty()) {
            join = " join catura_order o on o.order_id = p.order_id";
            filter = channels.only().isEmpty() ? " and o.channel <> all (?)" : " and o.channel = any (?)";
            params.add(varchars(tx, channels.only().isEmpty() ? channels.except() : channels.only()));
        }
        params.add(batch);
        return Sql.query(tx, """
                update catura_process c set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                  from catura_order t
                 where t.order_id = c.order_id
                   and c.order_id in (select p.order_id from catura_process p%s
                                     where p.state = ? and not p.parked and p.next_attempt_at <= now()
                                       and (p.lease_until is null or p.lease_until < now())%s
                                     order by p.next_attempt_at, p.order_id
                                     limit ? for update of p skip locked)
                returning c.order_id, t.ad_client_id""".formatted(join, filter),
                rs -> new ClaimedOrder(rs.getLong(1), rs.getInt(2)), params.toArray());
    }

    /** The claimed order's row, locked; empty when the lease has gone to someone else. */
    Optional<Claimed> claimed(Tx tx, long orderId, String lease) {
        return Sql.one(tx, """
                select p.state, p.attempts, p.bpartner_id, p.sales_order_id, p.shipment_id, p.invoice_id,
                       p.payment_id, o.channel, o.order_json::text as order_json
                  from catura_process p join catura_order o on o.order_id = p.order_id
                 where p.order_id = ? and p.lease_owner = ? for update of p""", rs -> {
                    Map<DocumentKind, Integer> docs = documents(rs);
                    return new Claimed(orderId, rs.getString("channel"), OrderState.valueOf(rs.getString("state")),
                            rs.getInt("attempts"), docs, rs.getString("order_json"), lease);
                }, orderId, lease);
    }

    /** The ERP documents a process row links to. */
    static Map<DocumentKind, Integer> documents(ResultSet rs) throws SQLException {
        Map<DocumentKind, Integer> docs = new EnumMap<>(DocumentKind.class);
        for (Map.Entry<DocumentKind, String> col : DOCUMENT_COLUMNS.entrySet()) {
            Integer id = Sql.integer(rs, col.getValue());
            if (id != null) {
                docs.put(col.getKey(), id);
            }
        }
        return docs;
    }

    /** A station moves its order on, with the documents it linked and its notes. */
    void advance(Tx tx, Claimed c, String station, OrderState next, Map<DocumentKind, Integer> links,
            List<String> notes, String message) {
        List<Line> lines = notes(notes);
        lines.add(new Line(c.state(), next, message));
        change(tx, c, FRESH, List.of(next), links, station, lines);
        listeners.tell(tx, new Transition(c.orderId(), c.channel(), c.state(), false, next, false, station, message));
    }

    /**
     * A station leaves its order where it is until {@code delay} has passed, without counting an error.
     * Its note is written only when it differs from the order's last timeline line: an order that
     * waits for the same reason every hour says so once.
     */
    void waitFor(Tx tx, Claimed c, String station, Duration delay, Map<DocumentKind, Integer> links,
            List<String> notes, String message) {
        List<Line> lines = notes(notes);
        if (message != null) {
            lines.add(Line.note(message));
        }
        change(tx, c, "next_attempt_at = now() + make_interval(secs => ?), " + UNCLAIMED, List.of(seconds(delay)),
                links, station, lines);
    }

    /**
     * Counts a failure of the station on the claimed order: retried with backoff, or parked for a
     * person after the last allowed attempt (a transition the listeners hear of).
     *
     * @return false when the lease has gone to someone else meanwhile: nothing was written
     */
    boolean fail(Tx tx, long orderId, String lease, String station, String error, ProcessSettings settings) {
        Optional<Claimed> row = Sql.one(tx, """
                select p.state, p.attempts, o.channel from catura_process p
                  join catura_order o on o.order_id = p.order_id
                 where p.order_id = ? and p.lease_owner = ? for update of p""",
                rs -> new Claimed(orderId, rs.getString(3), OrderState.valueOf(rs.getString(1)), rs.getInt(2),
                        Map.of(), null, lease), orderId, lease);
        if (row.isEmpty()) {
            return false;
        }
        Claimed c = row.get();
        int failures = c.attempts() + 1;
        boolean park = failures >= settings.maxAttempts();
        Duration retry = settings.retryDelay(failures);
        String line = park
                ? "Failed " + failures + " times, parked for a person: " + error
                : "Attempt " + failures + " failed, retrying in " + retry.toSeconds() + " s: " + error;
        change(tx, c, "attempts = ?, last_error = ?, parked = ?, next_attempt_at = now() + make_interval(secs => ?), "
                + UNCLAIMED, List.of(failures, error, park, seconds(retry)), Map.of(), station,
                List.of(Line.note(line)));
        if (park) {
            listeners.tell(tx, new Transition(orderId, c.channel(), c.state(), false, c.state(), true, station, line));
        }
        return true;
    }

    /** The order's row, locked, before a person or the channel moves it. */
    Optional<Current> current(Tx tx, long orderId) {
        return Sql.one(tx, """
                select p.state, p.parked, o.channel from catura_process p join catura_order o on o.order_id = p.order_id
                 where p.order_id = ? for update of p""",
                rs -> new Current(orderId, rs.getString(3), OrderState.valueOf(rs.getString(1)), rs.getBoolean(2)),
                orderId);
    }

    /**
     * Moves the order from the state it was read in to {@code to}, fresh and un-parked, by a person
     * or the channel ({@code by}).
     *
     * @throws ConcurrentMoveException when the order is no longer where it was read
     */
    void move(Tx tx, Current from, OrderState to, String by, String message) {
        int moved = Sql.one(tx, """
                with moved as (update catura_process set %s where order_id = ? and state = ? returning order_id),
                     logged as (insert into catura_process_event (order_id, station, from_state, to_state, message)
                                select order_id, ?, ?, ?, ? from moved)
                select count(*) from moved""".formatted(FRESH), rs -> rs.getInt(1), to, from.orderId(), from.state(),
                by, from.state(), to, message).orElse(0);
        if (moved == 0) {
            throw new ConcurrentMoveException("Order " + from.orderId() + " is no longer at " + from.state()
                    + ": it was moved meanwhile; look at it again");
        }
        listeners.tell(tx, new Transition(from.orderId(), from.channel(), from.state(), from.parked(), to, false, by,
                message));
    }

    /** Adds a line to the order's timeline without moving it. */
    void note(Tx tx, long orderId, String by, String message) {
        Sql.update(tx, """
                insert into catura_process_event (order_id, station, from_state, to_state, message)
                values (?, ?, null, null, ?)""", orderId, by, message);
    }

    /** Points the order's {@code kind} document at another ERP document (a person chose it). */
    void relink(Tx tx, long orderId, DocumentKind kind, int erpId) {
        Sql.update(tx, "update catura_process set " + DOCUMENT_COLUMNS.get(kind) + " = ?, updated_at = now()"
                + " where order_id = ?", erpId, orderId);
    }

    /** Gives the claim {@code lease} of the order back, when it still holds it: the order is due again at once. */
    void release(Tx tx, long orderId, String lease) {
        Sql.update(tx, "update catura_process set lease_owner = null, lease_until = null where order_id = ?"
                + " and lease_owner = ?", orderId, lease);
    }

    /** Releases the leases a previous run of {@code node} left behind. */
    void releaseLeases(Tx tx, String node) {
        Sql.update(tx, "update catura_process set lease_owner = null, lease_until = null where lease_owner like ?",
                node + ":%");
    }

    /**
     * The station's row change, its document links and its timeline lines in one statement, as a
     * compare-and-set on the claimed state and lease.
     */
    private void change(Tx tx, Claimed c, String set, List<Object> setParams, Map<DocumentKind, Integer> links,
            String station, List<Line> lines) {
        StringBuilder sets = new StringBuilder(set);
        List<Object> params = new ArrayList<>(setParams);
        for (Map.Entry<DocumentKind, String> column : DOCUMENT_COLUMNS.entrySet()) {
            Integer linked = links.get(column.getKey());
            if (linked != null) {
                sets.append(", ").append(column.getValue()).append(" = ?");
                params.add(linked);
            }
        }
        params.addAll(List.of(c.orderId(), c.state(), c.lease(), station));
        String[] from = new String[lines.size()];
        String[] to = new String[lines.size()];
        String[] message = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            from[i] = l.from() == null ? null : l.from().name();
            to[i] = l.to() == null ? null : l.to().name();
            message[i] = l.message();
        }
        params.add(varchars(tx, from));
        params.add(varchars(tx, to));
        params.add(texts(tx, message));
        int changed = Sql.one(tx, """
                with moved as (update catura_process set %s
                                where order_id = ? and state = ? and lease_owner = ? returning order_id),
                     logged as (insert into catura_process_event (order_id, station, from_state, to_state, message)
                                select m.order_id, ?, e.from_state, e.to_state, e.message
                                  from moved m cross join unnest(?::varchar[], ?::varchar[], ?::text[])
                                       with ordinality as e(from_state, to_state, message, n)
                                 where e.from_state is not null or e.to_state is not null
                                    or e.message is distinct from (select l.message from catura_process_event l
                                                                    where l.order_id = m.order_id
                                                                    order by l.event_id desc limit 1)
                                 order by e.n)
                select count(*) from moved""".formatted(sets), rs -> rs.getInt(1), params.toArray()).orElse(0);
        if (changed == 0) {
            throw new ConcurrentMoveException("Order " + c.orderId() + " is no longer claimed by " + c.lease()
                    + " at " + c.state() + ": its lease expired and another worker took it, or a person moved it");
        }
    }

    private static List<Line> notes(List<String> notes) {
        List<Line> lines = new ArrayList<>(notes.size() + 1);
        notes.forEach(n -> lines.add(Line.note(n)));
        return lines;
    }

    private static Array varchars(Tx tx, Set<String> values) {
        return varchars(tx, values.toArray(String[]::new));
    }

    private static Array varchars(Tx tx, String[] values) {
        return Sql.array(tx, "varchar", values);
    }

    private static Array texts(Tx tx, String[] values) {
        return Sql.array(tx, "text", values);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
