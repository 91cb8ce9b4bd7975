package org.catura.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    private static final String TABLES = "select count(*) from information_schema.tables where table_schema = 'public'";

    @Test
    void eachDatabaseIsAFreshCopyWithCoresTablesThatNoOtherSees() {
        try (TestDatabase a = TestDatabase.create(); TestDatabase b = TestDatabase.create()) {
            assertNotEquals(a.name(), b.name());
            assertEquals(1, a.count(TABLES + " and table_name = 'catura_process'"), "core's tables are there");
            assertEquals(1, a.count("select count(*) from catura_schema_core where success and version = '1'"));
            a.execute("create table mine (id int)");
            assertEquals(1, a.count(TABLES + " and table_name = 'mine'"));
            assertEquals(0, b.count(TABLES + " and table_name = 'mine'"), "b is not a's");
        }
    }

    @Test
    void executeCountAndTextTakeParametersAndScripts() {
        try (TestDatabase db = TestDatabase.empty()) {
            db.execute("create table t (id int, name text); insert into t values (1, 'one'), (2, 'two')");
            assertEquals(1, db.execute("update t set name = ? where id = ?", "uno", 1));
            assertEquals(2, db.count("select count(*) from t"));
            assertEquals("uno", db.text("select name from t where id = ?", 1));
            assertEquals(0, db.count("select id from t where id = ?", 9), "no row counts as 0");
            assertEquals(null, db.text("select name from t where id = ?", 9));
        }
    }

    @Test
    void anEmptyDatabaseHasNoTables() {
        try (TestDatabase db = TestDatabase.empty()) {
            assertEquals(0, db.count(TABLES));
        }
    }

    @Test
    void resetPutsTheDatabaseBackAsItsTemplateLeftIt() {
        try (TestDatabase db = TestDatabase.create("testprobe")) {
            db.execute("insert into testing_probe values (2, 'added')");
            db.execute("create table mine (id int)");
            db.reset();
            assertEquals(1, db.count("select count(*) from testing_probe"), "the migrated row stays, the added goes");
            assertEquals(0, db.count(TABLES + " and table_name = 'mine'"));
            assertEquals("migrated", db.text("select note from testing_probe where id = 1"), "usable after reset");
        }
    }

    @Test
    void aBundlesMigrationsComeOnTopOfCoresInEveryCopy() {
        try (TestDatabase a = TestDatabase.create("testprobe"); TestDatabase b = TestDatabase.create("testprobe")) {
            for (TestDatabase db : new TestDatabase[] {a, b}) {
                assertEquals("migrated", db.text("select note from testing_probe where id = 1"));
                assertEquals(1, db.count(TABLES + " and table_name = 'catura_outbox'"));
                assertEquals(1, db.count("select count(*) from catura_schema_testprobe where version = '1'"));
            }
        }
    }

    @Test
    void aPreparedTemplateIsSetUpOncePerJvm() {
        AtomicInteger setups = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            try (TestDatabase db = TestDatabase.prepared("counted", d -> {
                setups.incrementAndGet();
                d.inTransaction(tx -> tx.connection().createStatement().execute("create table seeded (id int)"));
            })) {
                assertEquals(1, db.count(TABLES + " and table_name = 'seeded'"));
            }
        }
        assertEquals(1, setups.get());
    }

    @Test
    void aFailingSetupSaysWhichTemplate() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestDatabase.prepared("broken",
                d -> d.inTransaction(tx -> tx.connection().createStatement().execute("create tabel x"))));
        assertTrue(e.getMessage().contains("Preparing the test database template 'core+setup:broken' failed"),
                e.getMessage());
    }

    @Test
    void closeDropsTheDatabaseAndTheUrlReachesItFromOutside() throws Exception {
        TestDatabase db = TestDatabase.empty();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            assertEquals(db.name(), c.getCatalog());
        }
        db.close();
        try (TestDatabase other = TestDatabase.empty()) {
            assertEquals(0, other.count("select count(*) from pg_database where datname = ?", db.name()));
        }
    }
}
