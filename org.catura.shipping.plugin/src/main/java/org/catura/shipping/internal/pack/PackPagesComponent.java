package org.catura.shipping.internal.pack;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The pack page, offered to the web UI; it waits for the confirmations. The documents bundle is
 * optional: without it the page works and only its PDFs answer 503.
 */
@Component(service = WebExtension.class)
public final class PackPagesComponent extends PackPages {

    private final AtomicReference<ShippingDocuments> documents;

    @Activate
    public PackPagesComponent(@Reference Database database, @Reference OrderProcess process, @Reference Erp erp,
            @Reference ShippingConfirmations confirmations, @Reference ShippingSchema schema) {
        this(database, process, erp, confirmations, new AtomicReference<>());
    }

    private PackPagesComponent(Database database, OrderProcess process, Erp erp, ShippingConfirmations confirmations,
            AtomicReference<ShippingDocuments> documents) {
        super(database, process, erp, documents::get, confirmations, Clock.systemUTC());
        this.documents = documents;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDocuments(ShippingDocuments d) {
        documents.set(d);
    }

    void unbindDocuments(ShippingDocuments d) {
        documents.compareAndSet(d, null);
    }
}
