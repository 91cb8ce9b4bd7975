package org.catura.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;

/**
 * An {@link ImportedOrder} for a test, with defaults a test changes only where it matters: an
 * unshipped, merchant-fulfilled order on amazon-de (marketplace A1PA6795UKMFR9, EUR, gross
 * prices) by Hans Müller, shipped to Hauptstraße 5, 10115 Berlin, of one line 2 × SKU-1 "Mug" at
 * 19.98 incl. 3.19 (19 %) VAT, purchased 2026-11-20T10:00Z and last updated five minutes later.
 * The order total is the sum of the lines unless set.
 */
public final class TestOrder {

    /** The German standard rate the default lines carry. */
    public static final BigDecimal GERMAN_VAT = new BigDecimal("19");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private String channel = "amazon-de";
    private final String externalId;
    private String marketplaceId = "A1PA6795UKMFR9";
    private Instant purchasedAt = Instant.parse("2026-11-20T10:00:00Z");
    private Instant lastUpdatedAt = Instant.parse("2026-11-20T10:05:00Z");
    private ChannelOrderStatus status = ChannelOrderStatus.UNSHIPPED;
    private Fulfilment fulfilment = Fulfilment.MERCHANT;
    private Buyer buyer;
    private PostalAddress shipTo;
    private PostalAddress billTo;
    private String currency = "EUR";
    private boolean pricesIncludeTax = true;
    private BigDecimal orderTotal;
    private String serviceLevel = "Standard";
    private final Set<OrderFlag> flags = EnumSet.noneOf(OrderFlag.class);
    private String purchaseOrderNumber;
    private String cancellationReason;
    private String deliveryInstructions;
    private Instant latestShipDate;
    private final List<ImportedLine> lines = new ArrayList<>();

    private TestOrder(String externalId) {
        this.externalId = externalId;
        this.buyer = new Buyer("Hans Müller", "buyer-" + externalId + "@marketplace.example", null, null, null);
        this.shipTo = address("Hans Müller", "Hauptstraße 5", "10115", "Berlin", "DE");
    }

    /** The default order under the channel's order id {@code externalId}. */
    public static TestOrder of(String externalId) {
        return new TestOrder(externalId);
    }

    /** The default order, built. */
    public static ImportedOrder order(String externalId) {
        return of(externalId).build();
    }

    /** A copy of {@code order} to change, for a newer version of it, say. */
    public static TestOrder from(ImportedOrder order) {
        TestOrder t = new TestOrder(order.externalId());
        t.channel = order.channel();
        t.marketplaceId = order.marketplaceId();
        t.purchasedAt = order.purchasedAt();
        t.lastUpdatedAt = order.lastUpdatedAt();
        t.status = order.status();
        t.fulfilment = order.fulfilment();
        t.buyer = order.buyer();
        t.shipTo = order.shipTo();
        t.billTo = order.billTo();
        t.currency = order.currency();
        t.pricesIncludeTax = order.pricesIncludeTax();
        t.orderTotal = order.orderTotal();
        t.serviceLevel = order.serviceLevel();
        t.flags.addAll(order.flags());
        t.purchaseOrderNumber = order.purchaseOrderNumber();
        t.cancellationReason = order.cancellationReason();
        t.deliveryInstructions = order.deliveryInstructions();
        t.latestShipDate = order.latestShipDate();
        t.lines.addAll(order.lines());
        return t;
    }

    /** A residential address with a Berlin phone number and no second lines. */
    public static PostalAddress address(String name, String street, String postalCode, String city, String country) {
        return new PostalAddress(name, null, street, null, null, city, null, null, postalCode, country, "+49 30 1234",
                "Residential");
    }

    /**
     * A plain line at a gross total for its quantity, the tax included at {@code vatPercent}
     * (rounded half up to cents).
     */
    public static ImportedLine line(String lineId, String sku, String title, int quantity, String grossTotal,
            BigDecimal vatPercent) {
        BigDecimal gross = new BigDecimal(grossTotal);
        BigDecimal tax = gross.multiply(vatPercent).divide(HUNDRED.add(vatPercent), 2, RoundingMode.HALF_UP);
        return ImportedLine.of(lineId, sku, title, BigDecimal.valueOf(quantity), gross, tax);
    }

    public TestOrder channel(String channel) {
        this.channel = channel;
        return this;
    }

    public TestOrder marketplace(String marketplaceId) {
        this.marketplaceId = marketplaceId;
        return this;
    }

    public TestOrder purchasedAt(Instant purchasedAt) {
        this.purchasedAt = purchasedAt;
        return this;
    }

    public TestOrder lastUpdatedAt(Instant lastUpdatedAt) {
        this.lastUpdatedAt = lastUpdatedAt;
        return this;
    }

    public TestOrder status(ChannelOrderStatus status) {
        this.status = status;
        return this;
    }

    public TestOrder fulfilment(Fulfilment fulfilment) {
        this.fulfilment = fulfilment;
        return this;
    }

    public TestOrder buyer(Buyer buyer) {
        this.buyer = buyer;
        return this;
    }

    /** A private buyer of that name, who is also the name on the ship-to address. */
    public TestOrder buyer(String name) {
        this.buyer = new Buyer(name, buyer.email(), buyer.phone(), buyer.companyName(), buyer.vatId());
        if (shipTo != null) {
            shipTo = new PostalAddress(name, shipTo.companyName(), shipTo.addressLine1(), shipTo.addressLine2(),
                    shipTo.addressLine3(), shipTo.city(), shipTo.districtOrCounty(), shipTo.stateOrRegion(),
                    shipTo.postalCode(), shipTo.countryCode(), shipTo.phone(), shipTo.addressType());
        }
        return this;
    }

    public TestOrder email(String email) {
        this.buyer = new Buyer(buyer.name(), email, buyer.phone(), buyer.companyName(), buyer.vatId());
        return this;
    }

    /** Null for an order the channel gave no address for (yet). */
    public TestOrder shipTo(PostalAddress shipTo) {
        this.shipTo = shipTo;
        return this;
    }

    public TestOrder billTo(PostalAddress billTo) {
        this.billTo = billTo;
        return this;
    }

    public TestOrder currency(String currency) {
        this.currency = currency;
        return this;
    }

    public TestOrder pricesIncludeTax(boolean pricesIncludeTax) {
        this.pricesIncludeTax = pricesIncludeTax;
        return this;
    }

    /** The total the channel reports, when a test wants it to differ from the lines. */
    public TestOrder orderTotal(String orderTotal) {
        this.orderTotal = orderTotal == null ? null : new BigDecimal(orderTotal);
        return this;
    }

    public TestOrder serviceLevel(String serviceLevel) {
        this.serviceLevel = serviceLevel;
        return this;
    }

    public TestOrder flag(OrderFlag... flags) {
        this.flags.addAll(List.of(flags));
        return this;
    }

    public TestOrder purchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
        return this;
    }

    public TestOrder cancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
        return this;
    }

    public TestOrder deliveryInstructions(String deliveryInstructions) {
        this.deliveryInstructions = deliveryInstructions;
        return this;
    }

    public TestOrder latestShipDate(Instant latestShipDate) {
        this.latestShipDate = latestShipDate;
        return this;
    }

    /**
     * Adds a line of {@code quantity} × {@code sku} at a gross total incl. 19 % VAT; the first line
     * added replaces the default one.
     */
    public TestOrder line(String sku, int quantity, String grossTotal) {
        return line(line(String.valueOf(lines.size() + 1), sku, "Mug", quantity, grossTotal, GERMAN_VAT));
    }

    /** Adds a line as given; the first line added replaces the default one. */
    public TestOrder line(ImportedLine line) {
        lines.add(line);
        return this;
    }

    /** Replaces the lines. */
    public TestOrder lines(List<ImportedLine> lines) {
        this.lines.clear();
        this.lines.addAll(lines);
        return this;
    }

    public ImportedOrder build() {
        List<ImportedLine> items = lines.isEmpty() ? List.of(line("1", "SKU-1", "Mug", 2, "19.98", GERMAN_VAT))
                : List.copyOf(lines);
        BigDecimal total = orderTotal != null ? orderTotal : items.stream().map(TestOrder::charged)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ImportedOrder(channel, externalId, marketplaceId, purchasedAt, lastUpdatedAt, status, fulfilment,
                buyer, shipTo, billTo, currency, pricesIncludeTax, total, serviceLevel, flags, purchaseOrderNumber,
                cancellationReason, deliveryInstructions, latestShipDate, items);
    }

    /** What the buyer pays for a line: item, shipping and gift wrap, less the discounts. */
    private static BigDecimal charged(ImportedLine l) {
        return l.itemPrice().add(zeroIfNull(l.shippingPrice())).add(zeroIfNull(l.giftWrapPrice()))
                .subtract(zeroIfNull(l.promotionDiscount())).subtract(zeroIfNull(l.shippingDiscount()));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
