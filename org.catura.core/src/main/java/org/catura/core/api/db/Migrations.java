package org.catura.core.api.db;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

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
        migrate(dataSource, module, loader, List.of());
    }

    /**
     * As {@link #migrate(DataSource, String, ClassLoader)}, with steps written in Java among the
     * scripts (Flyway stays private to core, so a bundle hands its Java steps in here).
     */
    public static void migrate(DataSource dataSource, String module, ClassLoader loader, List<JavaStep> steps) {
        try {
            Flyway.configure(loader)
                    .dataSource(dataSource)
                    .javaMigrations(steps.stream().map(Migrations::flyway).toArray(JavaMigration[]::new))
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

    private static JavaMigration flyway(JavaStep step) {
        return new JavaMigration() {
            @Override
            public MigrationVersion getVersion() {
                return MigrationVersion.fromVersion(step.version());
            }

            @Override
            public String getDescription() {
                return step.description();
            }

            @Override
            public Integer getChecksum() {
                return step.checksum();
            }

            @Override
            public boolean canExecuteInTransaction() {
                return true;
            }

            @Override
            public void migrate(Context context) throws Exception {
                Connection connection = context.getConnection();
                step.migrate(connection);
            }
        };
    }
}
