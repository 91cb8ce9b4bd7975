package org.catura.erp.embedded.process;

import java.nio.file.Files;
import java.nio.file.Path;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.erp.embedded.internal.ErpComponent;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The chain in a JVM of its own, to be killed. {@code run}: the plain chain; {@code hang DIR}:
 * the delivery-note station creates the shipment, signals by a file in DIR and hangs inside
 * its transaction.
 */
public final class ChainChild {

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        JdbcDatabase db = new JdbcDatabase(ds);
        Erp erp = new ErpComponent(db);
        ProcessEngine engine;
        if (args[1].equals("hang")) {
            engine = new ProcessEngine(db, Chain.FAST, "child", 1);
            for (Station s : Chain.stations(erp)) {
                engine.addStation(s instanceof DeliveryNoteStation d ? hanging(d, Path.of(args[2])) : s);
            }
        } else {
            engine = Chain.engine(db, erp, "child", 2);
        }
        engine.start();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static Station hanging(DeliveryNoteStation delegate, Path signals) {
        return new Station() {
            @Override
            public String name() {
                return delegate.name();
            }

            @Override
            public OrderState input() {
                return delegate.input();
            }

            @Override
            public StationResult process(StationContext ctx) throws Exception {
                StationResult result = delegate.process(ctx);
                Files.writeString(signals.resolve("shipment-" + ctx.orderId()), "");
                Thread.sleep(Long.MAX_VALUE);
                return result;
            }
        };
    }
}
