package org.catura.erp.embedded.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.db.Sql;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderState;
import org.catura.core.internal.db.PostgresDatabase;
import org.catura.core.internal.process.CoreSchema;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.testing.RestartablePostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database server restarts while the real stations run the chain on the embedded ERP, through
 * the runtime's pool: afterwards every order has gone through once, with one sales order and one
 * delivery note, and none is parked or left behind a lease.
 */
class DatabaseRestartTest {

    static final int ORDERS = 120;

    @TempDir
    Path dir;
    RestartablePostgres server;
    HikariDataSource pool;
    Database db;
    ProcessStore store;

    @BeforeEach
    void start() {
        server = RestartablePostgres.start(dir.resolve("data"));
        pool = PostgresDatabase.open(server.jdbcUrl(), server.user(), "", 10);
        db = new JdbcDatabase(pool);
        CoreSchema.migrate(db);
        new ErpComponent(db);
        db.inTransaction(new MasterData()::seedDemo);
        store = new ProcessStore(() -> EnumSet.of(OrderState.RECEIVED, OrderState.CUSTOMER_READY,
                OrderState.ORDER_ENTERED, OrderState.RELEASED, OrderState.CANCELLING));
    }

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDatabaseRestartUnderLoadEndsWithEveryOrderProcessedOnce() throws Exception {
        for (int i = 0; i < ORDERS; i++) {
            ImportedOrder order = Chain.order("302-" + (2000000 + i) + "-0000001", i);
            db.inTransaction(tx -> store.handIn(tx, order, null));
        }
        Erp erp = new ErpComponent(db);
        ProcessEngine engine = Chain.engine(db, erp, "node", 2);
        engine.start();
        try {
            await(() -> count("select count(*) from catura_process_event where station = 'delivery-note'") >= 20,
                    60, () -> "the chain did not get going");
            server.stop();
            Thread.sleep(2000);
            server.start();
            await(() -> {
                try {
                    return count("select count(*) from catura_process where state = 'SHIPMENT_CREATED'") == ORDERS;
                } catch (RuntimeException e) {
                    return false; // the pool is still finding its way back
                }
            }, 120, () -> states());
        } finally {
            engine.stop();
        }
        assertOnceEach();
    }

    String states() {
        List<String> states = db.inTransaction(tx -> Sql.query(tx, "select state || case when parked"
                    + " then ' parked' else '' end || case when lease_owner is not null then ' leased' else '' end"
                    + " || ': ' || count(*) from catura_process group by state, parked, lease_owner is not null order by 1", rs -> rs.getString(1)));
        return String.join(", ", states);
    }

    void assertOnceEach() {
        assertEquals(ORDERS, count("select count(*) from c_order"), "one sales order per order");
        assertEquals(ORDERS, count("select count(distinct poreference) from c_order"));
        assertEquals(ORDERS, count("select count(*) from c_order where docstatus = 'CO'"));
        assertEquals(ORDERS, count("select count(*) from m_inout"), "one delivery note per order");
        assertEquals(ORDERS, count("select count(distinct c_order_id) from m_inout"));
        assertEquals(0, count("select count(*) from catura_process where parked"), "nothing parked");
        assertEquals(0, count("select count(*) from catura_process p join c_order o on o.c_order_id = p.sales_order_id"
                + " join catura_order co on co.order_id = p.order_id where o.poreference <> co.external_id"));
    }

    long count(String sql) {
        return db.inTransaction(tx -> Sql.one(tx, sql, rs -> rs.getLong(1)).orElse(0L));
    }

    static void await(BooleanSupplier condition, int seconds, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out after " + seconds + " s; orders: " + state.get());
    }
}
