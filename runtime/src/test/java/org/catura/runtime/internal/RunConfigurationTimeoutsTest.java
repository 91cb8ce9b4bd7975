package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;

/** The database timeouts of {@code catura run}: defaults, the keys, and a socket timeout that would cut a cancel off. */
class RunConfigurationTimeoutsTest {

    @Test
    void withoutKeysTheDatabaseHasTheDefaultTimeouts() {
        Hashtable<String, Object> config = RunConfiguration.parse(RunConfigurationTlsTest.base(), "x").database()
                .toConfiguration();
        assertEquals(10, config.get("connectTimeoutSeconds"));
        assertEquals(120, config.get("socketTimeoutSeconds"));
        assertEquals(60, config.get("statementTimeoutSeconds"));
    }

    @Test
    void theKeysSetTheTimeoutsTheDatabaseComponentGets() {
        DatabaseSettings db = RunConfiguration.parse(RunConfigurationTlsTest.base("database.connectTimeoutSeconds", "5",
                "database.statementTimeoutSeconds", "30", "database.socketTimeoutSeconds", "45"), "x").database();
        assertEquals(5, db.connectTimeoutSeconds());
        assertEquals(30, db.statementTimeoutSeconds());
        assertEquals(45, db.socketTimeoutSeconds());
        assertEquals(0, RunConfiguration.parse(RunConfigurationTlsTest.base("database.statementTimeoutSeconds", "0",
                "database.socketTimeoutSeconds", "0"), "x").database().statementTimeoutSeconds(), "0 is no limit");
    }

    @Test
    void aSocketTimeoutNotAboveTheStatementTimeoutIsRefused() {
        UsageException e = assertThrows(UsageException.class, () -> RunConfiguration.parse(
                RunConfigurationTlsTest.base("database.socketTimeoutSeconds", "60"), "shop.properties"));
        assertTrue(e.getMessage().startsWith("Bad value for 'database.socketTimeoutSeconds' in shop.properties: 60 s"
                + " must exceed 'database.statementTimeoutSeconds' (60 s)"), e.getMessage());
    }

    @Test
    void theExampleFileParsesWithTheTimeoutKeys() {
        DatabaseSettings db = RunConfiguration.read(Path.of("catura.example.properties")).database();
        assertEquals(60, db.statementTimeoutSeconds());
        assertEquals(120, db.socketTimeoutSeconds());
    }
}
