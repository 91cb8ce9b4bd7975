package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Locale;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.db.Sql;
import org.junit.jupiter.api.Test;

class BenchCostTest {

    @Test
    void statementsAreCountedByTheChangeTheyMake() {
        assertEquals("select", BenchCost.kind("SELECT 1"));
        assertEquals("insert", BenchCost.kind("  insert into t values (1)"));
        assertEquals("update", BenchCost.kind("WITH x AS (SELECT 1) UPDATE t SET a = 1"));
        assertEquals("insert", BenchCost.kind("WITH taxes AS (UPDATE t SET a = 1) INSERT INTO u SELECT 1"));
        assertEquals("select", BenchCost.kind("with x as (select 1) select * from x"));
        assertEquals("transaction", BenchCost.kind("COMMIT"));
        assertEquals("other", BenchCost.kind("SAVEPOINT s1"));
    }

    @Test
    void everyStatementBetweenTwoSnapshotsIsCountedAndTheServersCpuIsRead() throws Exception {
        // The runtime carries the binaries twice on the test class path (its own copy and zonky's jar).
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPgBinaryResolver((system, hardware) ->
                BenchCostTest.class.getResourceAsStream("/postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware
                        + ".txz"));
        BenchCost.SERVER_SETTINGS.forEach(builder::setServerConfig);
        try (EmbeddedPostgres pg = builder.start()) {
            Database db = new JdbcDatabase(pg.getPostgresDatabase());
            db.inTransaction(tx -> Sql.update(tx, "create table bench_cost_test (n int)"));
            BenchCost cost = BenchCost.on(db);
            BenchCost.Snapshot before = cost.snapshot();
            db.inTransaction(tx -> {
                for (int i = 0; i < 3; i++) {
                    Sql.one(tx, "select count(*) from bench_cost_test where n > ?", rs -> rs.getLong(1), i);
                }
                Sql.update(tx, "insert into bench_cost_test values (1)");
                Sql.update(tx, "insert into bench_cost_test values (2)");
                return null;
            });
            BenchCost.Snapshot after = cost.snapshot();
            assertEquals("5.0 (select 3.0, insert 2.0, update 0.0, delete 0.0, other 0.0)",
                    cost.statements(before, after, 1, true));
            String perOrder = cost.perOrder(before, after, 1);
            assertTrue(perOrder.matches("CPU [\\d.]+ ms in Java .*, [\\d.]+ ms in PostgreSQL; statements 5\\.0"),
                    perOrder);
        }
    }
}
