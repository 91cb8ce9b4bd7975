package org.catura.core.internal.retention;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.retention.BuyerDataRetention;
import org.catura.core.api.retention.DueOrder;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.core.api.retention.PersonalDataHolder;
import org.catura.core.api.retention.RetentionReport;

/**
 * Finds the orders whose buyer data is due and has every holder erase it, one transaction per
 * batch. Due: the shipment was confirmed or the order cancelled more than the window ago, and the
 * order is past every station that still reads the buyer's data (an order in the manual queue or
 * parked keeps it until a person has moved it on). The erasure is recorded on the process row and
 * the timeline; an order the channel updated since (new buyer data) is erased again.
 */
public final class Retention implements BuyerDataRetention {

    static final String STATION = "retention";

    /** States after the shipment was confirmed or the order was cancelled, where nothing reads buyer data. */
    private static final List<OrderState> AFTER = List.of(OrderState.SHIPMENT_CONFIRMED, OrderState.INVOICED,
            OrderState.DONE, OrderState.CANCELLED);

    private static final String DUE = """
            select o.order_id, o.channel, o.external_id, p.state, s.at, o.order_json::text as order_json, o.raw_json
              from catura_process p
              join catura_order o on o.order_id = p.order_id
              join lateral (select max(e.at) as at from catura_process_event e
                             where e.order_id = p.order_id
                               and e.to_state in ('SHIPMENT_CONFIRMED', 'CANCELLED')) s on s.at is not null
             where p.state = any (?) and not p.parked
               and s.at < now() - make_interval(days => ?)
               and (p.personal_data_erased_at is null or o.updated_at > p.personal_data_erased_at)
             order by s.at, p.order_id
             limit ?""";

    private record Due(DueOrder order, String orderJson, String rawJson) {
    }

    private final Database database;
    private final int days;
    private final int batchSize;
    private final List<PersonalDataHolder> holders;

    /** {@code holders}: the other bundles'; core's own tables are always erased first. */
    public Retention(Database database, int days, int batchSize, List<PersonalDataHolder> holders) {
        if (days < 1) {
            throw new IllegalArgumentException("The retention window must be at least 1 day, not " + days);
        }
        this.database = database;
        this.days = days;
        this.batchSize = Math.max(1, batchSize);
        List<PersonalDataHolder> all = new ArrayList<>(List.of(new CoreOrderData()));
        all.addAll(holders);
        this.holders = List.copyOf(all);
    }

    @Override
    public int windowDays() {
        return days;
    }

    @Override
    public List<DueOrder> due(int limit) {
        return database.inTransaction(tx -> due(tx, limit, false)).stream().map(Due::order).toList();
    }

    @Override
    public RetentionReport eraseDue(Consumer<RetentionReport> progress) {
        RetentionReport total = RetentionReport.NOTHING.plus(0, database.inTransaction(tx -> {
            Map<String, Integer> rows = new TreeMap<>();
            for (PersonalDataHolder holder : holders) {
                holder.eraseWithoutOrder(tx, days)
                        .forEach((table, n) -> rows.merge(holder.name() + "/" + table, n, Integer::sum));
            }
            return rows;
        }));
        if (!total.rows().isEmpty()) {
            progress.accept(total);
        }
        while (true) {
            RetentionReport batch = database.inTransaction(this::eraseBatch);
            if (batch.orders() == 0) {
                return total;
            }
            total = total.plus(batch.orders(), batch.rows());
            progress.accept(total);
        }
    }

    private RetentionReport eraseBatch(Tx tx) {
        List<Due> due = due(tx, batchSize, true);
        if (due.isEmpty()) {
            return RetentionReport.NOTHING;
        }
        List<ErasableOrder> orders = new ArrayList<>();
        for (Due d : due) {
            Set<String> values = new LinkedHashSet<>(PersonalData.values(d.orderJson()));
            values.addAll(PersonalData.values(d.rawJson()));
            orders.add(new ErasableOrder(d.order().orderId(), d.order().channel(), d.order().externalId(), values));
        }
        Map<String, Integer> rows = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            names.add(holder.name());
            holder.erase(tx, orders).forEach((table, n) -> rows.merge(holder.name() + "/" + table, n, Integer::sum));
        }
        Object ids = Sql.array(tx, "bigint", orders.stream().map(ErasableOrder::orderId).toArray());
        // Never before the order's last update, or a clock ahead of ours would erase it again and again.
        Sql.update(tx, """
                update catura_process p set personal_data_erased_at = greatest(now(), o.updated_at)
                  from catura_order o where o.order_id = p.order_id and p.order_id = any (?)""", ids);
        // A timeline line of its own, written after the erasure so that it stays.
        Sql.update(tx, """
                insert into catura_process_event (order_id, station, from_state, to_state, message)
                select id, ?, null, null, ? from unnest(?::bigint[]) id""", STATION,
                "Buyer data erased on " + LocalDate.now(ZoneOffset.UTC) + ", " + days
                        + " days after the shipment was confirmed or the order cancelled (" + String.join(", ", names)
                        + "); the ERP documents keep what the law requires", ids);
        return new RetentionReport(orders.size(), rows);
    }

    private List<Due> due(Tx tx, int limit, boolean lock) {
        return Sql.query(tx, DUE + (lock ? " for update of p skip locked" : ""),
                rs -> new Due(new DueOrder(rs.getLong("order_id"), rs.getString("channel"), rs.getString("external_id"),
                        OrderState.valueOf(rs.getString("state")), Sql.instant(rs, "at")), rs.getString("order_json"),
                        rs.getString("raw_json")),
                Sql.array(tx, "varchar", AFTER.stream().map(Enum::name).toArray()), days, limit);
    }
}
