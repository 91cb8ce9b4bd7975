package org.catura.core.internal.outbox;

import org.catura.core.api.outbox.ParkedMessages;
import org.catura.core.internal.process.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Serves {@link ParkedMessages} once the core tables are up to date. */
@Component(service = ParkedMessages.class)
public final class ParkedMessagesComponent extends ParkedMessageStore {

    @Activate
    public ParkedMessagesComponent(@Reference CoreSchema schema) {
        // the schema is referenced only so that the columns exist before the first call
    }
}
