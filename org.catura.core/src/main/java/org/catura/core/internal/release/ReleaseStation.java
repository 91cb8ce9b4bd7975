package org.catura.core.internal.release;

import java.sql.SQLException;
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
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.internal.stations.OrderIssues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides an entered order by the release rules: the first active rule whose condition holds
 * on the order's facts decides; none holding releases it. Releasing completes the sales order;
 * orders the marketplace fulfils itself then skip shipping. Every decision is kept with its facts.
 */
@Component(service = Station.class)
public final class ReleaseStation implements Station {

    private final Erp erp;
    private final RuleStore rules;
    private final RuleConditions conditions;
    private final OrderIssues issues = new OrderIssues();

    @Activate
    public ReleaseStation(@Reference Erp erp) {
        this(erp, new RuleConditions());
    }

    ReleaseStation(Erp erp, RuleConditions conditions) {
        this.erp = erp;
        this.conditions = conditions;
        this.rules = new RuleStore(conditions);
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
        Set<String> issueCodes = issues.open(tx, ctx.orderId()).stream().map(OrderIssues.Issue::code)
                .collect(Collectors.toSet());
        Map<String, Object> facts = ReleaseFacts.of(ctx.order(), so, issueCodes,
                ctx.order().fulfilment() == Fulfilment.MERCHANT && stockShort(tx, so), Instant.now());

        for (ReleaseRule rule : rules.list(tx)) {
            if (!rule.active() || !conditions.matches(rule.condition(), facts)) {
                continue;
            }
            String reason = rule.name() + ": " + rule.reason();
            rules.record(tx, ctx.orderId(), rule, rule.action(), rule.reason(), facts);
            switch (rule.action()) {
                case MANUAL_QUEUE:
                    return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue. " + reason
                            + openIssues(tx, ctx.orderId()));
                case HOLD:
                    return StationResult.waitFor(Duration.ofHours(rule.holdHours()),
                            "On hold for " + rule.holdHours() + " h. " + reason);
                case RELEASE:
                    return release(ctx, so, "Released by rule " + rule.name());
                default:
                    throw new IllegalStateException("Unknown action " + rule.action());
            }
        }
        rules.record(tx, ctx.orderId(), null, ReleaseAction.RELEASE, "no rule matched", facts);
        return release(ctx, so, "Released");
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

    private String openIssues(Tx tx, long orderId) throws SQLException {
        List<OrderIssues.Issue> open = issues.open(tx, orderId);
        return open.isEmpty() ? "" : " Issues: " + open;
    }
}
