package org.catura.core.internal.station.release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderIssue;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.OrderIssues;
import org.catura.core.internal.release.ReleaseDecider;
import org.catura.core.internal.release.RuleDecisions;
import org.catura.core.internal.release.ReleaseFacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides an entered order by the release rules: the first active rule whose condition holds
 * on the order's facts decides ({@link RuleBook}); none holding releases it; a hold waits until
 * its date and the order is decided again then. An order a person sent back from the manual queue
 * is decided again on its corrected data, without the rules that person already dealt with.
 * Releasing completes the sales order; orders the marketplace fulfils itself then skip shipping.
 * Every decision is kept with its facts.
 */
@Component(service = Station.class)
public final class ReleaseStation implements Station {

    private final Erp erp;
    private final RuleDecisions rules;
    private final OrderIssues issues = new OrderIssues();

    /** On a rule store of its own: for tests and engines built by hand. */
    public ReleaseStation(Erp erp) {
        // the ids only when a rule is saved, so an ERP without them can still decide
        this(erp, new ReleaseDecider((tx, table) -> erp.recordIds().next(tx, table)));
    }

    @Activate
    public ReleaseStation(@Reference Erp erp, @Reference RuleDecisions rules) {
        this.erp = erp;
        this.rules = rules;
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
        int soId = ctx.document(DocumentKind.SALES_ORDER)
                .orElseThrow(() -> new IllegalStateException("No sales order for " + ctx.order().externalId()));
        SalesOrder so = erp.salesOrders().get(tx, soId)
                .orElseThrow(() -> new IllegalStateException("Sales order " + soId + " not found"));
        List<OrderIssue> open = issues.openIssues(tx, ctx.orderId());
        Set<String> issueCodes = open.stream().map(i -> i.code().value()).collect(Collectors.toSet());
        Instant now = Instant.now();
        Map<String, Object> facts = ReleaseFacts.of(ctx.order(), so, issueCodes,
                ctx.order().fulfilment() == Fulfilment.MERCHANT && stockShort(tx, so), now);
        ReleaseDecider.Decision verdict = rules.decide(tx, ctx.orderId(), facts, now);
        String reason = verdict.ruleName() + ": " + verdict.reason();
        switch (verdict.action()) {
            case MANUAL_QUEUE:
                return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue. " + reason
                        + (open.isEmpty() ? "" : " Issues: " + open));
            case HOLD:
                return StationResult.waitFor(Duration.between(now, verdict.holdUntil()),
                        "On hold until " + verdict.holdUntil() + ". " + reason);
            case RELEASE:
                return release(ctx, so, !verdict.byRule() ? "Released" : "Released by rule "
                        + verdict.ruleName());
            default:
                throw new IllegalStateException("Unknown action " + verdict.action());
        }
    }

    private StationResult release(StationContext ctx, SalesOrder so, String why) {
        erp.salesOrders().process(ctx.tx(), so.id(), DocAction.COMPLETE);
        if (ctx.order().fulfilment() == Fulfilment.CHANNEL) {
            return StationResult.advance(OrderState.SHIPMENT_CONFIRMED,
                    why + "; " + ctx.order().channel() + " ships it itself, invoice only");
        }
        return StationResult.advance(OrderState.RELEASED, why + ", sales order " + so.documentNo() + " completed");
    }

    /** Whether the order's warehouse lacks what a product line needs (charges need no stock). */
    private boolean stockShort(Tx tx, SalesOrder so) {
        for (OrderLine line : so.lines()) {
            if (line.productId() > 0
                    && erp.products().qtyAvailable(tx, line.productId(), so.warehouseId()).compareTo(
                            line.qtyOrdered()) < 0) {
                return true;
            }
        }
        return false;
    }
}
