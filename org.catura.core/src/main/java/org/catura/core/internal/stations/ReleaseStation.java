package org.catura.core.internal.stations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Releases an entered order by completing it, unless something needs a person: an open issue
 * from an earlier station, or the ERP's total differing from what the channel charged. Orders
 * the channel fulfils itself skip shipping and go on to invoicing.
 */
@Component(service = Station.class)
public final class ReleaseStation implements Station {

    static final BigDecimal TOTAL_TOLERANCE = new BigDecimal("0.02");

    private final Erp erp;
    private final OrderIssues issues = new OrderIssues();

    @Activate
    public ReleaseStation(@Reference Erp erp) {
        this.erp = erp;
    }

    @Override
    public String name() {
        return "release";
    }

    @Override
    public OrderState input() {
        return OrderState.ORDER_ENTERED;
    }

    @Override
    public StationResult process(StationContext ctx) throws Exception {
        Tx tx = ctx.tx();
        ImportedOrder order = ctx.order();
        int soId = ctx.document(DocumentKind.SALES_ORDER)
                .orElseThrow(() -> new IllegalStateException("No sales order for " + order.externalId()));
        SalesOrder so = erp.salesOrders().get(tx, soId)
                .orElseThrow(() -> new IllegalStateException("Sales order " + soId + " not found"));

        List<OrderIssues.Issue> open = new ArrayList<>(issues.open(tx, ctx.orderId()));
        if (order.orderTotal() != null
                && so.grandTotal().subtract(order.orderTotal()).abs().compareTo(TOTAL_TOLERANCE) > 0) {
            OrderIssues.Issue mismatch = new OrderIssues.Issue(OrderIssues.TOTAL_MISMATCH, "the channel charged "
                    + order.orderTotal() + " " + order.currency() + ", the ERP computes " + so.grandTotal());
            issues.add(tx, ctx.orderId(), name(), mismatch);
            open.add(mismatch);
        }
        if (!open.isEmpty()) {
            return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue: " + open);
        }
        erp.salesOrders().process(tx, soId, DocAction.COMPLETE);
        if (order.fulfilment() == Fulfilment.CHANNEL) {
            return StationResult.advance(OrderState.SHIPMENT_CONFIRMED,
                    "Released; " + order.channel() + " ships it itself, invoice only");
        }
        return StationResult.advance(OrderState.RELEASED, "Released, sales order " + so.documentNo() + " completed");
    }
}
