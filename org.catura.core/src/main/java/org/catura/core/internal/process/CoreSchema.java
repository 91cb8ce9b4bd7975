package org.catura.core.internal.process;

import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the core tables up to date; components that use them reference this service. */
@Component(service = CoreSchema.class)
public final class CoreSchema {

    @Activate
    public CoreSchema(@Reference Database database) {
        migrate(database);
    }

    public static void migrate(Database database) {
        Migrations.migrate(database.dataSource(), "core", CoreSchema.class.getClassLoader());
    }
}
