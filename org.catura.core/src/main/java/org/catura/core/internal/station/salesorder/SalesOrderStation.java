package org.catura.core.internal.station.salesorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Company;
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
 * charge lines, prices as the channel gave them (gross on the EU marketplaces), and the channel's
 * order id as POReference. The tax is the ERP's decision ({@link TaxDetermination}); the
 * channel's tax amounts only check it, since sellers outside Amazon's VAT Calculation Service
 * get none or zero. What cannot be mapped (an unknown SKU, a tax rate the ERP lacks, a tax the
 * channel charged that contradicts the ERP's) becomes an issue for the release, not an error.
 */
@Component(service = Station.class)
public final class SalesOrderStation implements Station {

    static final String SHIPPING = "Shipping";
    static final String PROMOTION = "Promotion";
    static final String GIFT_WRAP = "Gift wrap";
    /** C_Order.Description holds 255 characters. */
    private static final int DESCRIPTION_LENGTH = 255;

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
        Optional<OrderIssues.Issue> currency = unknownCurrency(order.currency());
        if (currency.isPresent()) {
            // No sales order can be entered without its currency; a clerk sets it up in the ERP or cancels.
            issues.add(tx, ctx.orderId(), name(), currency.get());
            return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue, no sales order entered: "
                    + currency.get());
        }
        String country = order.deliveryAddress() == null ? null : order.deliveryAddress().countryCode();
        List<Tax> taxes = erp.taxes().list(tx);
        LineTaxes lineTaxes = new LineTaxes(tx, order, country, taxes);
        List<OrderIssues.Issue> found = new ArrayList<>();
        List<OrderLineDraft> lines = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();

        for (ImportedLine line : order.lines()) {
            Optional<Product> product = erp.products().findBySku(tx, line.sku());
            if (product.isEmpty()) {
                found.add(new OrderIssues.Issue(IssueCode.UNKNOWN_SKU, "SKU " + line.sku() + " (" + line.title()
                        + ", qty " + line.quantity() + ") is not a product in the ERP"));
                continue;
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                // Like an unknown SKU, the line stays out and the release queues the order for a clerk to enter it.
                found.add(new OrderIssues.Issue(IssueCode.BAD_QUANTITY, "SKU " + line.sku() + " (" + line.title()
                        + ") has quantity " + (line.quantity() == null ? "(none)" : line.quantity().toPlainString())
                        + " at " + line.itemPrice() + "; enter the line with its real quantity at the desk"));
                continue;
            }
            Optional<Tax> tax = lineTaxes.item(line, product.get(), found);
            if (tax.isEmpty()) {
                continue;
            }
            if (tax.get().invoiceNote() != null) {
                notes.add(tax.get().invoiceNote());
            }
            BigDecimal unitPrice = line.itemPrice().divide(line.quantity(), 6, RoundingMode.HALF_UP);
            lines.add(OrderLineDraft.product(product.get().id(), line.title(), line.quantity(), unitPrice,
                    tax.get().id()));
            Tax shippingTax = lineTaxes.shipping(line, tax.get(), found);
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
                LocalDate.ofInstant(order.purchasedAt(), ZoneOffset.UTC), description(order, notes), merge(lines)));
        for (OrderIssues.Issue issue : found) {
            issues.add(tx, ctx.orderId(), name(), issue);
        }
        ctx.link(DocumentKind.SALES_ORDER, so.id());
        return StationResult.advance(OrderState.ORDER_ENTERED, "Sales order " + so.documentNo() + " entered, "
                + so.lines().size() + " lines, total " + so.grandTotal() + " " + so.currency()
                + lineTaxes.treatment().map(t -> ", tax: " + t).orElse("")
                + (found.isEmpty() ? "" : "; " + found.size() + " issue(s): " + found));
    }

    /** An issue when {@code code} is no ISO 4217 currency code (ERPs book only in those). */
    static Optional<OrderIssues.Issue> unknownCurrency(String code) {
        boolean known = code != null && code.strip().length() == 3 && Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equalsIgnoreCase(code.strip()));
        return known ? Optional.empty() : Optional.of(new OrderIssues.Issue(IssueCode.UNKNOWN_CURRENCY,
                "the order's currency " + (code == null ? "is missing" : "'" + code + "' is no ISO 4217 code")
                        + " (like EUR); ask the channel, or cancel the order"));
    }

    /**
     * The order's description, with the legal note of a 0 % treatment: the invoice made from the
     * order prints it (C_Order.Description is carried to the invoice), and the note is on the
     * order's C_Tax row as well.
     */
    static String description(ImportedOrder order, Set<String> notes) {
        String text = order.channel() + " order " + order.externalId();
        for (String note : notes) {
            text += ". " + note;
        }
        return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH);
    }

    /**
     * The tax of each line: the ERP's decision (product's tax category, destination, buyer, the
     * seller's registrations) where the ERP has the seller's country; Amazon's amounts only check
     * it. Without the seller's country, the rate that explains the channel's tax, as before.
     */
    private final class LineTaxes {

        private final ImportedOrder order;
        private final String country;
        private final List<Tax> taxes;
        private final Optional<Company> company;
        private final Optional<TaxDetermination.Decision> decision;
        private final Map<Integer, String> categories;

        LineTaxes(Tx tx, ImportedOrder order, String country, List<Tax> taxes) {
            this.order = order;
            this.country = country;
            this.taxes = taxes;
            this.company = erp.company().get(tx).filter(c -> c.countryCode() != null);
            this.decision = company.flatMap(c -> TaxDetermination.decide(new TaxDetermination.Seller(
                    c.countryCode(), c.oss(), erp.taxes().localVatCountries(tx)), country,
                    order.buyer() == null ? null : order.buyer().vatId()));
            this.categories = erp.taxes().categories(tx);
        }

        Optional<String> treatment() {
            return decision.map(d -> d.treatment().description);
        }

        Optional<Tax> item(ImportedLine line, Product product, List<OrderIssues.Issue> found) {
            boolean reported = line.itemTax() != null && line.itemTax().signum() != 0;
            boolean decide = order.pricesIncludeTax() || reported;
            if (decide && company.isEmpty() && !reported) {
                // A gross price without tax says nothing about the rate: only the ERP can decide it.
                found.add(new OrderIssues.Issue(IssueCode.NO_TAX_RATE, "the channel reports no tax for SKU "
                        + line.sku() + " and the ERP cannot decide it without the company's details: set the"
                        + " company's country and OSS (catura company set, or iDempiere's Organization window)"));
                return Optional.empty();
            }
            if (!decide || company.isEmpty()) {
                Optional<Tax> matched = matching(line.itemPrice(), line.itemTax());
                if (matched.isEmpty()) {
                    found.add(new OrderIssues.Issue(IssueCode.NO_TAX_RATE, "no tax rate for " + country + " gives "
                            + line.itemTax() + " on " + line.itemPrice() + " (about "
                            + TaxRates.rateOf(line.itemPrice(), line.itemTax(), order.pricesIncludeTax()) + " %, SKU "
                            + line.sku() + ")"));
                }
                return matched;
            }
            if (decision.isEmpty()) {
                found.add(new OrderIssues.Issue(IssueCode.NO_TAX_RATE, "the tax of SKU " + line.sku()
                        + " cannot be decided: the order has no delivery country"));
                return Optional.empty();
            }
            TaxDetermination.Decision d = decision.get();
            Optional<Tax> tax = TaxLookup.find(taxes, d, product.taxCategoryId(), company.get().countryCode());
            if (tax.isEmpty()) {
                found.add(new OrderIssues.Issue(IssueCode.NO_TAX_RATE, missing(d, product, line.sku())));
                return tax;
            }
            if (reported) {
                check(line.sku(), "item", line.itemPrice(), line.itemTax(), line.quantity(), tax.get(), found);
            }
            return tax;
        }

        /** Shipping follows the item's tax where the ERP decides; else the rate its own tax implies. */
        Tax shipping(ImportedLine line, Tax itemTax, List<OrderIssues.Issue> found) {
            BigDecimal price = line.shippingPrice();
            boolean reported = line.shippingTax() != null && line.shippingTax().signum() != 0;
            if (decision.isPresent() && company.isPresent() && (order.pricesIncludeTax() || reported)) {
                if (reported && price != null && price.signum() != 0) {
                    check(line.sku(), "shipping", price, line.shippingTax(), BigDecimal.ONE, itemTax, found);
                }
                return itemTax;
            }
            return matching(price, line.shippingTax()).orElse(itemTax);
        }

        private Optional<Tax> matching(BigDecimal price, BigDecimal tax) {
            return TaxRates.matching(taxes.stream().filter(t -> t.exemption() == null).toList(), price, tax,
                    order.pricesIncludeTax(), country);
        }

        private void check(String sku, String what, BigDecimal price, BigDecimal reported, BigDecimal quantity,
                Tax tax, List<OrderIssues.Issue> found) {
            BigDecimal expected = TaxRates.taxOf(price, tax.rate(), order.pricesIncludeTax());
            if (TaxLookup.contradicts(expected, reported, quantity)) {
                found.add(new OrderIssues.Issue(IssueCode.TAX_MISMATCH, "SKU " + sku + " " + what + ": Amazon's tax "
                        + reported.toPlainString() + " on " + price.toPlainString() + " contradicts the ERP's "
                        + expected.toPlainString() + " (" + tax.name() + ", " + tax.rate().stripTrailingZeros()
                        .toPlainString() + " %, " + decision.get().treatment().description + ")"));
            }
        }

        private String missing(TaxDetermination.Decision d, Product product, String sku) {
            String category = categories.getOrDefault(product.taxCategoryId(), "#" + product.taxCategoryId());
            if (d.exempt()) {
                return "the ERP has no C_Tax row for the " + d.treatment().description + " (SKU " + sku
                        + "): add a 0 % tax with TaxIndicator '" + d.exemption().indicator() + "'";
            }
            return "the ERP has no C_Tax row for " + d.rateCountry() + " in tax category " + category + " (SKU " + sku
                    + ", " + d.treatment().description + "): add it, e.g. catura taxes set " + d.rateCountry() + " "
                    + category.toLowerCase(Locale.ROOT).replace('-', '_') + " RATE";
        }
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
