package org.catura.webui.internal.osgi;

import org.catura.core.api.db.Database;
import org.catura.webui.internal.db.WebUiSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Migrates the web UI's tables; the other components wait for this service. */
@Component(service = WebUiSchemaComponent.class)
public final class WebUiSchemaComponent {

    @Activate
    public WebUiSchemaComponent(@Reference Database database) {
        WebUiSchema.migrate(database);
    }
}
