package org.catura.runtime.internal;

import static org.catura.runtime.internal.RunConfigurationTlsTest.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code database.poolSize} against {@code process.workers}: every worker holds a connection while it works. */
class RunConfigurationPoolTest {

    @Test
    void aPoolTooSmallForTheWorkersIsRefusedNamingBothKeys() {
        UsageException e = assertThrows(UsageException.class, () -> RunConfiguration.parse(
                base("database.poolSize", "4", "process.workers", "8"), "shop.properties"));
        assertEquals("'database.poolSize' is 4 in shop.properties, too small for 'process.workers' = 8: each worker"
                + " holds a connection while it works on an order, and the scheduler and the web UI need 4 more;"
                + " set 'database.poolSize' to at least 12 or lower 'process.workers'", e.getMessage());
        assertThrows(UsageException.class, () -> RunConfiguration.parse(
                base("database.poolSize", "2", "process.workers", "2"), "x"), "as many workers as connections");
    }

    @Test
    void withoutAPoolSizeThePoolGrowsWithTheWorkers() {
        assertEquals(10, RunConfiguration.parse(base(), "x").database().poolSize());
        assertEquals(10, RunConfiguration.parse(base("process.workers", "6"), "x").database().poolSize());
        assertEquals(24, RunConfiguration.parse(base("process.workers", "20"), "x").database().poolSize());
    }

    @Test
    void aPoolWithRoomForTheWorkersIsTaken() {
        assertEquals(12, RunConfiguration.parse(base("database.poolSize", "12", "process.workers", "8"), "x")
                .database().poolSize());
        assertEquals(5, RunConfiguration.parse(base("database.poolSize", "5", "process.workers", "1"), "x")
                .database().poolSize());
    }
}
