package org.catura.core.internal.station.delivery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creates the delivery note (a shipment in draft) for a released order. */
@Component(service = Station.class)
public final class DeliveryNoteStation implements Station {

    private final Erp erp;

    @Activate
    public DeliveryNoteStation(@Reference Erp erp) {
        this.erp = erp;
    }

    @Override
    public String name() {
        return "delivery-note";
    }

    @Override
    public OrderState input() {
        return OrderState.RELEASED;
    }

    @Override
    public StationResult process(StationContext ctx) {
        int soId = ctx.document(DocumentKind.SALES_ORDER)
                .orElseThrow(() -> new IllegalStateException("No sales order for " + ctx.order().externalId()));
        // A shipment made by a person in the ERP counts too: never make a second one.
        Shipment shipment = erp.shipments().findByOrder(ctx.tx(), soId).stream()
                .filter(s -> s.status() != DocStatus.VOIDED).findFirst()
                .orElseGet(() -> erp.shipments().createFromOrder(ctx.tx(), soId, LocalDate.now(ZoneOffset.UTC)));
        ctx.link(DocumentKind.SHIPMENT, shipment.id());
        return StationResult.advance(OrderState.SHIPMENT_CREATED,
                "Delivery note " + shipment.documentNo() + " created with " + shipment.lines().size() + " lines");
    }
}
