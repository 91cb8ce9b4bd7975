package org.catura.core.internal.station.cancel;

import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.OrderIssues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Carries out a cancellation by the channel before anything left the warehouse: voids the
 * draft delivery note and the sales order. A shipment already completed means goods moved: the
 * order goes to the manual queue instead.
 */
@Component(service = Station.class)
public final class CancellationStation implements Station {

    private final Erp erp;
    private final OrderIssues issues = new OrderIssues();

    @Activate
    public CancellationStation(@Reference Erp erp) {
        this.erp = erp;
    }

    @Override
    public String name() {
        return "cancellation";
    }

    @Override
    public OrderState input() {
        return OrderState.CANCELLING;
    }

    @Override
    public StationResult process(StationContext ctx) throws Exception {
        StringBuilder done = new StringBuilder("Cancelled");
        if (ctx.document(DocumentKind.SHIPMENT).isPresent()) {
            Shipment shipment = erp.shipments().get(ctx.tx(), ctx.document(DocumentKind.SHIPMENT).get())
                    .orElseThrow();
            if (shipment.status() == DocStatus.COMPLETED || shipment.status() == DocStatus.CLOSED) {
                String why = "cancelled by " + ctx.order().channel() + " but delivery note "
                        + shipment.documentNo() + " is already completed";
                issues.add(ctx.tx(), ctx.orderId(), name(), new OrderIssues.Issue("CANCELLED_AFTER_SHIPPING", why));
                return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue: " + why);
            }
            if (shipment.status() != DocStatus.VOIDED) {
                erp.shipments().process(ctx.tx(), shipment.id(), DocAction.VOID);
                done.append(", delivery note ").append(shipment.documentNo()).append(" voided");
            }
        }
        if (ctx.document(DocumentKind.SALES_ORDER).isPresent()) {
            SalesOrder so = erp.salesOrders().get(ctx.tx(), ctx.document(DocumentKind.SALES_ORDER).get())
                    .orElseThrow();
            if (so.status() != DocStatus.VOIDED) {
                erp.salesOrders().process(ctx.tx(), so.id(), DocAction.VOID);
                done.append(", sales order ").append(so.documentNo()).append(" voided");
            }
        }
        return StationResult.advance(OrderState.CANCELLED, done.toString());
    }
}
