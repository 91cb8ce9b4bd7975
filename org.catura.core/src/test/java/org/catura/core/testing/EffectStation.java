package org.catura.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.api.db.Sql;

/**
 * A station whose work is a row in test_effect, written in the order's transaction: a
 * rollback removes it, a second run of the same order adds a second row.
 */
public final class EffectStation implements Station {

    public static final String DDL = """
            create table if not exists test_effect (order_id bigint not null, station varchar(40) not null,
                                                    node varchar(40))""";

    private final OrderState input;
    private final OrderState next;
    private final String node;
    private final LongPredicate failOn;
    public final AtomicInteger calls = new AtomicInteger();

    public EffectStation(OrderState input, OrderState next, String node, LongPredicate failOn) {
        this.input = input;
        this.next = next;
        this.node = node;
        this.failOn = failOn;
    }

    @Override
    public String name() {
        return "effect-" + input.name().toLowerCase();
    }

    @Override
    public OrderState input() {
        return input;
    }

    @Override
    public StationResult process(StationContext ctx) throws Exception {
        calls.incrementAndGet();
        Sql.update(ctx.tx().connection(), "insert into test_effect (order_id, station, node) values (?, ?, ?)",
                ctx.orderId(), name(), node);
        if (failOn.test(ctx.orderId())) {
            throw new IllegalStateException("carrier down for order " + ctx.orderId());
        }
        return StationResult.advance(next, "done by " + node);
    }
}
