package org.catura.core.api.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each bundle owns its tables and migrates them with Flyway from
 * {@code db/migration/<module>} on its own class path, keeping its own history table so
 * bundles can be installed and upgraded independently.
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * @param module lower-case module name, e.g. {@code core} or {@code erp}
     * @param loader the class loader (the bundle's) that sees the migration scripts
     */
    public static void migrate(DataSource dataSource, String module, ClassLoader loader) {
        try {
            Flyway.configure(loader)
                    .dataSource(dataSource)
                    .table("catura_schema_" + module)
                    .locations("classpath:db/migration/" + module)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException("Migrating the tables of '" + module + "' failed: " + e.getMessage(), e);
        }
    }
}
