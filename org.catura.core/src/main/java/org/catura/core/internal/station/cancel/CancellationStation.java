package org.catura.core.internal.station.cancel;

import org.catura.core.api.cancel.Cancellation;
import org.catura.core.api.cancel.OrderCancellation;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.IssueCode;
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

    private final OrderCancellation cancellation;
    private final OrderIssues issues = new OrderIssues();

    @Activate
    public CancellationStation(@Reference Erp erp) {
        this.cancellation = new OrderCancellation(erp);
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
        Cancellation done = cancellation.cancel(ctx.tx(), ctx.document(DocumentKind.SHIPMENT).orElse(null),
                ctx.document(DocumentKind.SALES_ORDER).orElse(null));
        if (done instanceof Cancellation.Refused refused) {
            String why = "cancelled by " + ctx.order().channel() + " but delivery note "
                    + refused.deliveryNoteNo() + " is already completed";
            issues.add(ctx.tx(), ctx.orderId(), name(), new OrderIssues.Issue(IssueCode.CANCELLED_AFTER_SHIPPING, why));
            return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue: " + why);
        }
        Cancellation.Voided voided = (Cancellation.Voided) done;
        return StationResult.advance(OrderState.CANCELLED, "Cancelled"
                + (voided.deliveryNoteVoided() ? ", delivery note " + voided.deliveryNoteNo() + " voided" : "")
                + (voided.salesOrderVoided() ? ", sales order " + voided.salesOrderNo() + " voided" : ""));
    }
}
