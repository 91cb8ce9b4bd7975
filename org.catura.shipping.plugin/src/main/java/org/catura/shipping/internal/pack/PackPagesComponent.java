package org.catura.shipping.internal.pack;

import java.time.Clock;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.documents.api.ShippingDocuments;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.webui.api.extension.WebExtension;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The pack page, offered to the web UI; it waits for the documents and the confirmations. */
@Component(service = WebExtension.class)
public final class PackPagesComponent extends PackPages {

    @Activate
    public PackPagesComponent(@Reference Database database, @Reference OrderProcess process, @Reference Erp erp,
            @Reference ShippingDocuments documents, @Reference ShippingConfirmations confirmations,
            @Reference ShippingSchema schema) {
        super(database, process, erp, documents, confirmations, Clock.systemUTC());
    }
}
