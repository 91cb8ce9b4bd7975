package org.catura.sandbox.spapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.catura.sandbox.spapi.model.AssociatedOrder;
import org.catura.sandbox.spapi.model.Buyer;
import org.catura.sandbox.spapi.model.ConstraintType;
import org.catura.sandbox.spapi.model.CustomerAddress;
import org.catura.sandbox.spapi.model.DateTimeRange;
import org.catura.sandbox.spapi.model.DeliveryPreference;
import org.catura.sandbox.spapi.model.FulfillmentStatus;
import org.catura.sandbox.spapi.model.GiftOption;
import org.catura.sandbox.spapi.model.ItemCancellation;
import org.catura.sandbox.spapi.model.ItemCancellationRequest;
import org.catura.sandbox.spapi.model.ItemCondition;
import org.catura.sandbox.spapi.model.ItemCustomization;
import org.catura.sandbox.spapi.model.ItemFulfillment;
import org.catura.sandbox.spapi.model.ItemPacking;
import org.catura.sandbox.spapi.model.ItemPrice;
import org.catura.sandbox.spapi.model.ItemProceeds;
import org.catura.sandbox.spapi.model.ItemProceedsBreakdown;
import org.catura.sandbox.spapi.model.ItemProceedsDetailedBreakdown;
import org.catura.sandbox.spapi.model.ItemProduct;
import org.catura.sandbox.spapi.model.ItemShipping;
import org.catura.sandbox.spapi.model.ItemShippingConstraints;
import org.catura.sandbox.spapi.model.Money;
import org.catura.sandbox.spapi.model.Order;
import org.catura.sandbox.spapi.model.OrderFulfillment;
import org.catura.sandbox.spapi.model.OrderItem;
import org.catura.sandbox.spapi.model.OrderProceeds;
import org.catura.sandbox.spapi.model.OrderProceedsBreakdown;
import org.catura.sandbox.spapi.model.OrderTax;
import org.catura.sandbox.spapi.model.OrderTaxRegistration;
import org.catura.sandbox.spapi.model.Recipient;
import org.catura.sandbox.spapi.model.SalesChannel;
import org.catura.core.api.erp.EuCountries;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoOrders;

/**
 * Dresses a demo order (buyer, address, lines, gross prices) as an Orders API v2026-01-01 order
 * and adds the requested special cases. Money convention for the EU marketplaces, where shelf
 * prices include VAT: ITEM, SHIPPING and GIFT_WRAP subtotals are gross, and grandTotal is the gross
 * amount the buyer paid. For a seller in Amazon's VAT Calculation Service ({@link ItemTaxes}) TAX
 * states the VAT they contain (detailed by ITEM/SHIPPING/GIFT_WRAP; none for goods leaving the
 * EU); for a seller outside it TAX is absent or 0.00.
 */
final class AmazonOrderFactory {

    private static final BigDecimal GIFT_WRAP_EUR = new BigDecimal("3.99");
    private static final String[] GIFT_MESSAGES = {"Alles Liebe zum Geburtstag!", "Joyeux anniversaire !",
        "Happy birthday, with love", "Buon compleanno!", "Feliz cumpleaños"};
    private static final String[] CANCEL_REASONS = {"Ich habe mich anders entschieden",
        "Found a better price elsewhere", "Ordered by mistake"};

    private final Random random;
    private final String customizationBase;

    AmazonOrderFactory(Random random, String customizationBase) {
        this.random = random;
        this.customizationBase = customizationBase;
    }

    Order build(ImportedOrder base, Instant createdAt, Set<SpecialCase> cases) {
        return build(base, createdAt, cases, ItemTaxes.VAT_SERVICE);
    }

    /** @param taxes what the items tell about VAT on this order's marketplace */
    Order build(ImportedOrder base, Instant createdAt, Set<SpecialCase> cases, ItemTaxes taxes) {
        DemoMarketplace mp = marketplace(base.marketplaceId());
        String destination = base.deliveryAddress().countryCode();
        // Amazon's VAT service charges no VAT on goods leaving the EU from an EU marketplace.
        boolean export = !destination.equals(mp.countryCode()) && !EuCountries.contains(destination);
        OffsetDateTime created = createdAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        boolean fba = cases.contains(SpecialCase.FBA);
        boolean business = cases.contains(SpecialCase.BUSINESS);
        boolean free = cases.contains(SpecialCase.REPLACEMENT);
        Order order = new Order()
                .orderId(base.externalId())
                .createdTime(created)
                .lastUpdatedTime(created)
                .salesChannel(new SalesChannel().channelName("AMAZON").marketplaceId(mp.marketplaceId())
                        .marketplaceName(marketplaceName(mp)));
        order.setPrograms(new ArrayList<>());
        if (cases.contains(SpecialCase.PRIME)) {
            order.addProgramsItem("PRIME");
        }
        if (cases.contains(SpecialCase.PREMIUM)) {
            order.addProgramsItem("PREMIUM");
        }
        if (business) {
            order.addProgramsItem("AMAZON_BUSINESS");
        }
        if (cases.contains(SpecialCase.PREORDER)) {
            order.addProgramsItem("PREORDER");
        }
        if (free) {
            order.addAssociatedOrdersItem(new AssociatedOrder().associationType("REPLACEMENT_ORIGINAL_ID")
                    .orderId(String.format(Locale.ROOT, "%s-%07d", base.externalId().substring(0, 11),
                            random.nextInt(10_000_000))));
        }

        Buyer buyer = new Buyer().buyerName(base.buyer().name()).buyerEmail(fba ? null : base.buyer().email());
        String company = null;
        if (business) {
            company = base.buyer().name().split(" ")[1] + " " + pick("GmbH", "SARL", "Srl", "S.L.", "B.V.", "Ltd");
            buyer.buyerCompanyName(company);
            if (random.nextBoolean()) {
                buyer.buyerPurchaseOrderNumber("PO-" + (100000 + random.nextInt(900000)));
            }
            order.tax(new OrderTax().addTaxRegistrationsItem(new OrderTaxRegistration().entityType("BUYER")
                    .taxRegistrationType("VAT").legalName(company)
                    .taxRegistrationNumber(vatId(mp.countryCode(), 100000000 + random.nextInt(900000000)))));
        }
        order.buyer(buyer);
        Recipient recipient = new Recipient().deliveryAddress(address(base.deliveryAddress(), company));
        if (cases.contains(SpecialCase.DELIVERY_INSTRUCTIONS)) {
            recipient.deliveryPreference(new DeliveryPreference()
                    .addressInstruction(pick("Bitte beim Nachbarn abgeben", "Leave at the back door",
                            "Code portail 4711")));
        }
        order.recipient(recipient);

        FulfillmentStatus status = fba ? FulfillmentStatus.SHIPPED
                : cases.contains(SpecialCase.PENDING) || cases.contains(SpecialCase.PREORDER)
                        ? FulfillmentStatus.PENDING : FulfillmentStatus.UNSHIPPED;
        order.fulfillment(new OrderFulfillment().fulfillmentStatus(status).fulfilledBy(fba ? "AMAZON" : "MERCHANT")
                .fulfillmentServiceLevel(cases.contains(SpecialCase.PREMIUM) ? "NEXT_DAY" : "STANDARD")
                .shipByWindow(new DateTimeRange().earliestDateTime(created).latestDateTime(created.plusDays(2)))
                .deliverByWindow(new DateTimeRange().earliestDateTime(created.plusDays(2))
                        .latestDateTime(created.plusDays(5))));

        Totals totals = new Totals();
        List<ImportedLine> lines = base.lines();
        for (int i = 0; i < lines.size(); i++) {
            ImportedLine line = lines.get(i);
            boolean first = i == 0;
            BigDecimal itemGross = free ? BigDecimal.ZERO : line.itemPrice();
            BigDecimal shippingGross = free ? BigDecimal.ZERO : line.shippingPrice();
            BigDecimal wrapGross = first && cases.contains(SpecialCase.GIFT) && !free
                    ? GIFT_WRAP_EUR.multiply(mp.eurRate()).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
            int quantity = line.quantity().intValueExact();
            String sku = first && cases.contains(SpecialCase.UNKNOWN_SKU)
                    ? SandboxCatalogue.UNKNOWN_SKUS.get(random.nextInt(SandboxCatalogue.UNKNOWN_SKUS.size())) : line.sku();
            OrderItem item = new OrderItem().orderItemId(line.lineId()).quantityOrdered(quantity);
            ItemProduct product = new ItemProduct().asin(asin(sku)).title(line.title())
                    .sellerSku(sku).condition(new ItemCondition().conditionType("NEW").conditionSubtype("NEW"))
                    .price(new ItemPrice().unitPrice(money(line.itemPrice()
                            .divide(line.quantity(), 2, RoundingMode.HALF_UP), base.currency())));
            if (business) {
                product.getPrice().priceDesignation("BUSINESS_PRICE");
            }
            if (first && cases.contains(SpecialCase.CUSTOMIZED)) {
                product.customization(new ItemCustomization()
                        .customizedUrl(customizationBase + base.externalId() + "-" + line.lineId() + ".zip"));
            }
            item.product(product);
            item.proceeds(itemProceeds(itemGross, shippingGross, wrapGross, export ? BigDecimal.ZERO : mp.vatRate(),
                    export ? BigDecimal.ZERO : itemRate(line, mp), taxes, base.currency(), totals));

            ItemFulfillment fulfillment = new ItemFulfillment()
                    .quantityFulfilled(fba ? quantity : 0).quantityUnfulfilled(fba ? 0 : quantity);
            if (first && cases.contains(SpecialCase.GIFT)) {
                fulfillment.packing(new ItemPacking().giftOption(new GiftOption()
                        .giftMessage(pick(GIFT_MESSAGES)).giftWrapLevel("Classic")));
            }
            ItemShippingConstraints constraints = new ItemShippingConstraints();
            boolean constrained = false;
            if (cases.contains(SpecialCase.SIGNATURE)) {
                constraints.signatureConfirmation(ConstraintType.MANDATORY);
                constrained = true;
            }
            if (cases.contains(SpecialCase.ID_CHECK)) {
                constraints.recipientIdentityVerification(ConstraintType.MANDATORY);
                constrained = true;
            }
            if (constrained) {
                fulfillment.shipping(new ItemShipping().shippingConstraints(constraints));
            }
            item.fulfillment(fulfillment);
            if (first && cases.contains(SpecialCase.CANCELLATION_REQUESTED)) {
                item.cancellation(new ItemCancellation().cancellationRequest(
                        new ItemCancellationRequest().requester("BUYER").cancelReason(pick(CANCEL_REASONS))));
            }
            order.addOrderItemsItem(item);
        }
        order.proceeds(totals.orderProceeds(base.currency(), taxes != ItemTaxes.ABSENT));
        return order;
    }

    /**
     * The VAT rate of the item (standard or, for books, reduced): the one that explains the tax the
     * demo order computed. Gift wrap is taxed like the item it wraps; shipping at the standard rate.
     */
    private static BigDecimal itemRate(ImportedLine line, DemoMarketplace mp) {
        BigDecimal reduced = mp.reducedVatRate();
        if (reduced != null && DemoOrders.includedVat(line.itemPrice(), reduced).compareTo(line.itemTax()) == 0
                && DemoOrders.includedVat(line.itemPrice(), mp.vatRate()).compareTo(line.itemTax()) != 0) {
            return reduced;
        }
        return mp.vatRate();
    }

    /**
     * A VAT id of the form the country gives its numbers (VIES), from nine random digits: what a
     * business buyer registers on Amazon Business.
     */
    static String vatId(String country, int nineDigits) {
        String d = String.valueOf(nineDigits);
        return switch (country) {
            case "IT" -> "IT" + d + "01";
            case "FR" -> "FR12" + d;
            case "NL" -> "NL" + d + "B01";
            case "ES" -> "ESB" + d.substring(1);
            case "BE" -> "BE0" + d;
            case "PL" -> "PL" + d + "0";
            case "SE" -> "SE" + d + "001";
            default -> country + d;
        };
    }

    private ItemProceeds itemProceeds(BigDecimal item, BigDecimal shipping, BigDecimal wrap, BigDecimal standardRate,
            BigDecimal itemRate, ItemTaxes taxes, String currency, Totals totals) {
        boolean stated = taxes == ItemTaxes.VAT_SERVICE;
        BigDecimal itemVat = stated ? DemoOrders.includedVat(item, itemRate) : BigDecimal.ZERO;
        // The sandbox's VAT service taxes shipping at the standard rate; the ERP taxes it like the item it
        // ships, so a book's shipping is a TAX_MISMATCH for a seller in the VAT service (see the demo's mix).
        BigDecimal shippingVat = stated ? DemoOrders.includedVat(shipping, standardRate) : BigDecimal.ZERO;
        BigDecimal wrapVat = stated ? DemoOrders.includedVat(wrap, itemRate) : BigDecimal.ZERO;
        ItemProceeds proceeds = new ItemProceeds()
                .proceedsTotal(money(item.add(shipping).add(wrap), currency))
                .addBreakdownsItem(new ItemProceedsBreakdown().type("ITEM").subtotal(money(item, currency)));
        if (shipping.signum() != 0) {
            proceeds.addBreakdownsItem(new ItemProceedsBreakdown().type("SHIPPING").subtotal(money(shipping, currency)));
        }
        if (wrap.signum() != 0) {
            proceeds.addBreakdownsItem(new ItemProceedsBreakdown().type("GIFT_WRAP").subtotal(money(wrap, currency)));
        }
        ItemProceedsBreakdown tax = new ItemProceedsBreakdown().type("TAX")
                .subtotal(money(itemVat.add(shippingVat).add(wrapVat), currency))
                .addDetailedBreakdownsItem(new ItemProceedsDetailedBreakdown().subtype("ITEM").value(money(itemVat, currency)));
        if (shipping.signum() != 0) {
            tax.addDetailedBreakdownsItem(new ItemProceedsDetailedBreakdown().subtype("SHIPPING")
                    .value(money(shippingVat, currency)));
        }
        if (wrap.signum() != 0) {
            tax.addDetailedBreakdownsItem(new ItemProceedsDetailedBreakdown().subtype("GIFT_WRAP")
                    .value(money(wrapVat, currency)));
        }
        if (taxes != ItemTaxes.ABSENT) {
            proceeds.addBreakdownsItem(tax);
        }
        totals.add(item, shipping, wrap, itemVat.add(shippingVat).add(wrapVat));
        return proceeds;
    }

    private static CustomerAddress address(PostalAddress a, String company) {
        return new CustomerAddress().name(a.name()).companyName(company).addressLine1(a.addressLine1())
                .addressLine2(a.addressLine2()).city(a.city()).postalCode(a.postalCode())
                .countryCode(a.countryCode()).phone(a.phone()).stateOrRegion(a.stateOrRegion())
                .addressType(company != null ? "COMMERCIAL" : "RESIDENTIAL");
    }

    static DemoMarketplace marketplace(String marketplaceId) {
        for (DemoMarketplace mp : DemoMarketplace.values()) {
            if (mp.marketplaceId().equals(marketplaceId)) {
                return mp;
            }
        }
        throw new IllegalArgumentException("unknown marketplace " + marketplaceId);
    }

    private static String marketplaceName(DemoMarketplace mp) {
        String domain = mp.relayMailDomain().substring("marketplace.".length());
        return Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
    }

    static Money money(BigDecimal amount, String currency) {
        return new Money().amount(amount.setScale(2, RoundingMode.HALF_UP).toPlainString()).currencyCode(currency);
    }

    private static String asin(String sku) {
        return String.format(Locale.ROOT, "B0%08X", sku.hashCode() & 0x7fffffff).substring(0, 10);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Order-level sums of the item proceeds. */
    private static final class Totals {
        private BigDecimal item = BigDecimal.ZERO;
        private BigDecimal shipping = BigDecimal.ZERO;
        private BigDecimal wrap = BigDecimal.ZERO;
        private BigDecimal tax = BigDecimal.ZERO;

        void add(BigDecimal itemGross, BigDecimal shippingGross, BigDecimal wrapGross, BigDecimal vat) {
            item = item.add(itemGross);
            shipping = shipping.add(shippingGross);
            wrap = wrap.add(wrapGross);
            tax = tax.add(vat);
        }

        OrderProceeds orderProceeds(String currency, boolean withTax) {
            OrderProceeds proceeds = new OrderProceeds().grandTotal(money(item.add(shipping).add(wrap), currency))
                    .addBreakdownsItem(new OrderProceedsBreakdown().type("ITEM").subtotal(money(item, currency)))
                    .addBreakdownsItem(new OrderProceedsBreakdown().type("SHIPPING").subtotal(money(shipping, currency)));
            if (wrap.signum() != 0) {
                proceeds.addBreakdownsItem(new OrderProceedsBreakdown().type("GIFT_WRAP").subtotal(money(wrap, currency)));
            }
            return withTax ? proceeds.addBreakdownsItem(new OrderProceedsBreakdown().type("TAX")
                    .subtotal(money(tax, currency))) : proceeds;
        }
    }
}
