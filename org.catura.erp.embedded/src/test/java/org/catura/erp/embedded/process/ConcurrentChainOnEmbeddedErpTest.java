package org.catura.erp.embedded.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderState;
import org.catura.core.internal.db.PostgresDatabase;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.erp.embedded.internal.DemoCatalogueDatabase;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real station chain on the embedded ERP with several workers at once: two engines (two
 * nodes, each with a pool of its own) sharing the orders of repeat buyers, and more workers than
 * the pool has connections.
 */
class ConcurrentChainOnEmbeddedErpTest {

    TestDatabase database;
    Database db;
    Erp erp;
    ProcessStore store;
    final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeEach
    void start() {
        database = DemoCatalogueDatabase.create();
        db = database.database();
        erp = new ErpComponent(db);
        store = new ProcessStore(() -> EnumSet.of(OrderState.RECEIVED, OrderState.CUSTOMER_READY,
                OrderState.ORDER_ENTERED, OrderState.RELEASED, OrderState.CANCELLING));
    }

    @AfterEach
    void stop() {
        pools.forEach(HikariDataSource::close);
        database.close();
    }

    /** A node's own pool on the test database, as {@code catura run} opens it. */
    Database pool(int size) {
        HikariDataSource pool = PostgresDatabase.open(database.jdbcUrl(), "postgres", "", size);
        pools.add(pool);
        return new JdbcDatabase(pool);
    }

    /** {@code buyers} buyers with {@code perBuyer} orders each, a buyer's orders one after the other. */
    int handInRepeatBuyers(int buyers, int perBuyer) {
        for (int i = 0; i < buyers * perBuyer; i++) {
            ImportedOrder order = Chain.order("302-" + (2000000 + i) + "-0000001", i, i / perBuyer);
            db.inTransaction(tx -> store.handIn(tx, order, null));
        }
        return buyers * perBuyer;
    }

    void runToEnd(ProcessEngine... engines) throws Exception {
        for (ProcessEngine e : engines) {
            e.start();
        }
        try {
            ProcessOnEmbeddedErpTest.await(() -> db.inTransaction(tx -> store.idle(tx)));
        } finally {
            for (ProcessEngine e : engines) {
                e.stop();
            }
        }
    }

    long count(String sql) {
        return database.count(sql);
    }

    void assertOneSalesOrderAndOneDeliveryNotePerOrder(int orders) {
        assertEquals(orders, count("select count(*) from catura_process where state = 'SHIPMENT_CREATED'"),
                "every order at the end of the chain, none parked");
        assertEquals(orders, count("select count(*) from c_order where docstatus = 'CO'"), "one sales order per order");
        assertEquals(orders, count("select count(distinct poreference) from c_order"));
        assertEquals(orders, count("select count(*) from m_inout where docstatus = 'DR'"), "one delivery note per order");
        assertEquals(orders, count("select count(distinct c_order_id) from m_inout"));
    }

    @Test
    void twoEnginesImportingRepeatBuyersAtOnceCreateOneBusinessPartnerPerBuyer() throws Exception {
        int buyers = 4;
        int perBuyer = 6;
        int orders = handInRepeatBuyers(buyers, perBuyer);
        Database other = pool(4);
        runToEnd(Chain.engine(db, erp, "node-a", 3), Chain.engine(other, new ErpComponent(other), "node-b", 3));

        assertOneSalesOrderAndOneDeliveryNotePerOrder(orders);
        assertEquals(buyers, count("select count(*) from c_bpartner where name like 'Kunde %'"),
                "one business partner per buyer");
        assertEquals(buyers, count("select count(distinct bpartner_id) from catura_order_customer"));
        assertEquals(buyers, count("select count(*) from (select c_bpartner_id from c_order group by c_bpartner_id"
                + " having count(*) = " + perBuyer + ") b"), "each buyer's orders on the buyer's one partner");
        assertEquals(buyers, count("select count(*) from c_bpartner_location bl join c_bpartner b"
                + " on b.c_bpartner_id = bl.c_bpartner_id where b.name like 'Kunde %'"), "one address per buyer");
        assertEquals(buyers, count("select count(*) from ad_user u join c_bpartner b"
                + " on b.c_bpartner_id = u.c_bpartner_id where b.name like 'Kunde %'"), "one contact per buyer");
        assertEquals(buyers * (perBuyer - 1), count("select count(*) from catura_order_customer"
                + " where match_rule <> 'NEW'"), "every later order of a buyer matched the first one's partner");
    }

    @Test
    void fourWorkersOnAPoolOfTwoConnectionsTakeEveryOrderToTheEnd() throws Exception {
        int orders = handInRepeatBuyers(6, 2);
        Database small = pool(2);
        runToEnd(Chain.engine(small, new ErpComponent(small), "node", 4));

        assertOneSalesOrderAndOneDeliveryNotePerOrder(orders);
        assertEquals(0, count("select count(*) from catura_process_event where message like '%Connection is not"
                + " available%'"), "no station waited for a second connection");
    }
}
