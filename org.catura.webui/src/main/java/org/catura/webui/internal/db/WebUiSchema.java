package org.catura.webui.internal.db;

import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;

/** Brings the web UI's tables (logins, sessions) up to date. */
public final class WebUiSchema {

    private WebUiSchema() {
    }

    public static void migrate(Database database) {
        Migrations.migrate(database.dataSource(), "webui", WebUiSchema.class.getClassLoader());
    }
}
