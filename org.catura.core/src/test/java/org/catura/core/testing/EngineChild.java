package org.catura.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.api.db.Sql;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An engine in its own JVM, for tests that kill it. Modes:
 * {@code station DIR}: a station that writes its effect, signals by a file in DIR and hangs
 * inside the transaction; {@code outbox URL}: an outbox dispatcher posting to URL.
 */
public final class EngineChild {

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        JdbcDatabase database = new JdbcDatabase(ds);
        ProcessSettings settings = new ProcessSettings(5, Duration.ofMillis(100), Duration.ofSeconds(1), 5,
                Duration.ofMinutes(5), Duration.ofMillis(50));
        ProcessEngine engine = new ProcessEngine(database, settings, "child", 1);
        if (args[1].equals("station")) {
            Path signal = Path.of(args[2]);
            engine.addStation(new Station() {
                @Override
                public String name() {
                    return "hanging";
                }

                @Override
                public OrderState input() {
                    return OrderState.RECEIVED;
                }

                @Override
                public StationResult process(StationContext ctx) throws Exception {
                    Sql.update(ctx.tx().connection(),
                            "insert into test_effect (order_id, station, node) values (?, 'effect-received', 'child')",
                            ctx.orderId());
                    Files.writeString(signal.resolve("inside-" + ctx.orderId()), "");
                    Thread.sleep(Long.MAX_VALUE);
                    return StationResult.advance(OrderState.CUSTOMER_READY, "never");
                }
            });
        } else {
            engine.addSink(new HttpSink("effects", args[2]));
        }
        engine.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
