package org.catura.shipping.internal.pages;

import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.webui.api.extension.WebExtension;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The carrier pages, offered to the web UI once the shipping tables exist. */
@Component(service = WebExtension.class)
public final class CarrierPagesComponent extends CarrierPages {

    @Activate
    public CarrierPagesComponent(@Reference Database database, @Reference Erp erp, @Reference Secrets secrets,
            @Reference ShippingSchema schema) {
        super(database, erp, secrets);
    }
}
