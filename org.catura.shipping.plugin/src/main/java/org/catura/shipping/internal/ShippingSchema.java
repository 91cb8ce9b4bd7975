package org.catura.shipping.internal;

import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.process.OrderProcess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings the shipping tables up to date; the other components reference this service so they
 * never see a half-built schema. The tables refer to catura_order, so this waits for the
 * {@link OrderProcess} service, which exists only once the core tables are migrated.
 */
@Component(service = ShippingSchema.class)
public final class ShippingSchema {

    @Activate
    public ShippingSchema(@Reference Database database, @Reference OrderProcess coreTablesReady) {
        migrate(database);
    }

    public static void migrate(Database database) {
        Migrations.migrate(database.dataSource(), "shipping", ShippingSchema.class.getClassLoader());
    }
}
