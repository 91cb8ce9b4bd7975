package org.catura.core.internal.station.salesorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.process.OrderIssues;
import org.catura.core.internal.station.customer.OrderCustomers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enters the sales order in draft: product lines by SKU, shipping, gift wrap and promotions as
 * charge lines, each with the tax rate the channel's amounts imply, prices as the channel gave
 * them, and the channel's order id as POReference. What cannot be mapped (an unknown SKU, a tax
 * rate the ERP lacks) becomes an issue for the release, not an error.
 */
@Component(service = Station.class)
public final class SalesOrderStation implements Station {

    static final String SHIPPING = "Shipping";
    static final String PROMOTION = "Promotion";
    static final String GIFT_WRAP = "Gift wrap";

    private final Erp erp;
    private final OrderCustomers customers = new OrderCustomers();
    private final OrderIssues issues = new OrderIssues();

    @Activate
    public SalesOrderStation(@Reference Erp erp) {
        this.erp = erp;
    }

    @Override
    public String name() {
        return "sales-order";
    }

    @Override
    public OrderState input() {
        return OrderState.CUSTOMER_READY;
    }

    @Override
    public StationResult process(StationContext ctx) throws Exception {
        Tx tx = ctx.tx();
        ImportedOrder order = ctx.order();
        OrderCustomers.Chosen customer = customers.find(tx, ctx.orderId()).orElseThrow(
                () -> new IllegalStateException("No customer recorded for order " + order.externalId()));
        String country = order.deliveryAddress().countryCode();
        List<Tax> taxes = erp.taxes().list(tx);
        List<OrderIssues.Issue> found = new ArrayList<>();
        List<OrderLineDraft> lines = new ArrayList<>();

        for (ImportedLine line : order.lines()) {
            Optional<Product> product = erp.products().findBySku(tx, line.sku());
            Optional<Tax> tax = TaxRates.matching(taxes, line.itemPrice(), line.itemTax(), order.pricesIncludeTax(),
                    country);
            if (product.isEmpty()) {
                found.add(new OrderIssues.Issue(IssueCode.UNKNOWN_SKU, "SKU " + line.sku() + " (" + line.title()
                        + ", qty " + line.quantity() + ") is not a product in the ERP"));
                continue;
            }
            if (tax.isEmpty()) {
                found.add(new OrderIssues.Issue(IssueCode.NO_TAX_RATE, "no tax rate for " + country + " gives "
                        + line.itemTax() + " on " + line.itemPrice() + " (about "
                        + TaxRates.rateOf(line.itemPrice(), line.itemTax(), order.pricesIncludeTax()) + " %, SKU "
                        + line.sku() + ")"));
                continue;
            }
            BigDecimal unitPrice = line.itemPrice().divide(line.quantity(), 6, RoundingMode.HALF_UP);
            lines.add(OrderLineDraft.product(product.get().id(), line.title(), line.quantity(), unitPrice,
                    tax.get().id()));
            Tax shippingTax = TaxRates.matching(taxes, line.shippingPrice(), line.shippingTax(),
                    order.pricesIncludeTax(), country).orElse(tax.get());
            addCharge(tx, lines, found, SHIPPING, line.shippingPrice().subtract(line.shippingDiscount()),
                    shippingTax);
            addCharge(tx, lines, found, GIFT_WRAP, line.giftWrapPrice(), tax.get());
            addCharge(tx, lines, found, PROMOTION, line.promotionDiscount().negate(), tax.get());
        }
        if (order.lines().isEmpty()) {
            found.add(new OrderIssues.Issue(IssueCode.NO_LINES, "the order has no items"));
        }

        SalesOrder so = erp.salesOrders().create(tx, new SalesOrderDraft(customer.bpartnerId(),
                customer.shipLocationId(), customer.billLocationId(), customer.contactId(), warehouse(tx),
                order.externalId(), order.currency(), order.pricesIncludeTax(),
                LocalDate.ofInstant(order.purchasedAt(), ZoneOffset.UTC),
                order.channel() + " order " + order.externalId(), merge(lines)));
        for (OrderIssues.Issue issue : found) {
            issues.add(tx, ctx.orderId(), name(), issue);
        }
        ctx.link(DocumentKind.SALES_ORDER, so.id());
        return StationResult.advance(OrderState.ORDER_ENTERED, "Sales order " + so.documentNo() + " entered, "
                + so.lines().size() + " lines, total " + so.grandTotal() + " " + so.currency()
                + (found.isEmpty() ? "" : "; " + found.size() + " issue(s): " + found));
    }

    /** Gift wrap and promotions carry the item's tax; shipping its own where the channel reports it. */
    private void addCharge(Tx tx, List<OrderLineDraft> lines, List<OrderIssues.Issue> found, String chargeName,
            BigDecimal amount, Tax tax) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        Optional<Charge> charge = erp.charges().findByName(tx, chargeName);
        if (charge.isEmpty()) {
            found.add(new OrderIssues.Issue(IssueCode.NO_CHARGE, "charge '" + chargeName + "' is not set up in the ERP"));
            return;
        }
        lines.add(OrderLineDraft.charge(charge.get().id(), chargeName, amount, tax.id()));
    }

    /** One line per charge and tax rate rather than one per item. */
    private static List<OrderLineDraft> merge(List<OrderLineDraft> lines) {
        List<OrderLineDraft> merged = new ArrayList<>();
        for (OrderLineDraft line : lines) {
            int at = -1;
            for (int i = 0; line.chargeId() > 0 && i < merged.size(); i++) {
                OrderLineDraft m = merged.get(i);
                if (m.chargeId() == line.chargeId() && m.taxId() == line.taxId()) {
                    at = i;
                }
            }
            if (at < 0) {
                merged.add(line);
            } else {
                OrderLineDraft m = merged.get(at);
                merged.set(at, OrderLineDraft.charge(m.chargeId(), m.description(), m.price().add(line.price()),
                        m.taxId()));
            }
        }
        return merged;
    }

    private int warehouse(Tx tx) {
        return erp.products().warehouses(tx).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The ERP has no warehouse")).id();
    }
}
