package org.catura.webui.internal.osgi;

import org.catura.core.api.db.Database;
import org.catura.core.api.outbox.ParkedMessages;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.internal.pages.OutboxPages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The outbox page, offered to the web UI as any plugin offers its pages. */
@Component(service = WebExtension.class)
public final class OutboxPagesComponent extends OutboxPages {

    @Activate
    public OutboxPagesComponent(@Reference Database database, @Reference ParkedMessages parked) {
        super(database, parked);
    }
}
