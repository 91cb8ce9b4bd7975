package org.catura.shipping.internal.cockpit;

import org.catura.core.api.db.Database;
import org.catura.shipping.api.Carriers;
import org.catura.shipping.api.ShippingOverview;
import org.catura.webui.api.extension.OrderShippingSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Offers the shipping overview to the web UI's cockpit, order page and REST API. */
@Component(service = OrderShippingSource.class)
public final class CockpitShippingComponent extends CockpitShipping {

    private final Holder holder;

    @Activate
    public CockpitShippingComponent(@Reference Database database, @Reference ShippingOverview overview) {
        this(database, overview, new Holder());
    }

    private CockpitShippingComponent(Database database, ShippingOverview overview, Holder holder) {
        super(database, overview, () -> holder.carriers);
        this.holder = holder;
    }

    /** The carriers for the cockpit's filter, while the catalogue runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetCarriers")
    void setCarriers(Carriers carriers) {
        holder.carriers = carriers;
    }

    void unsetCarriers(Carriers carriers) {
        if (holder.carriers == carriers) {
            holder.carriers = null;
        }
    }

    private static final class Holder {
        volatile Carriers carriers;
    }
}
