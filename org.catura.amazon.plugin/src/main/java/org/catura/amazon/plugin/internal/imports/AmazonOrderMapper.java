package org.catura.amazon.plugin.internal.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.catura.amazon.plugin.spapi.model.CustomerAddress;
import org.catura.amazon.plugin.spapi.model.DeliveryPreference;
import org.catura.amazon.plugin.spapi.model.FulfillmentStatus;
import org.catura.amazon.plugin.spapi.model.GiftOption;
import org.catura.amazon.plugin.spapi.model.ItemCancellation;
import org.catura.amazon.plugin.spapi.model.ItemShippingConstraints;
import org.catura.amazon.plugin.spapi.model.Order;
import org.catura.amazon.plugin.spapi.model.OrderItem;
import org.catura.amazon.plugin.spapi.model.OrderTaxRegistration;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;

/**
 * Turns an Orders API v2026-01-01 order into Catura's channel-neutral {@link ImportedOrder}:
 * status, who fulfils, buyer (with company and VAT id of business buyers), delivery address,
 * lines with their money, and the special cases as {@link OrderFlag}s. Prices stay as Amazon
 * gives them; on the European marketplaces they include VAT.
 */
final class AmazonOrderMapper {

    /** Marketplaces whose prices include VAT: the EU ones and the UK. */
    static final Set<String> GROSS_PRICE_MARKETPLACES = Set.of("A1PA6795UKMFR9", "A13V1IB3VIYZZH", "APJ6JRA9NG5V4",
            "A1RKKUPIHCS9HS", "A1F83G8C2ARO7P", "A1805IZSGTT6HS", "A1C3SOZRARQ6R3", "A2NODRKZP88ZB9", "AMEN7PMS3EDWL");
    private static final Set<String> PREMIUM_LEVELS = Set.of("NEXT_DAY", "SAME_DAY", "PRIORITY");

    private final String channel;

    /** @param channel the channel name the orders are stored under (one per seller account) */
    public AmazonOrderMapper(String channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    public ImportedOrder map(Order order) {
        String id = order.getOrderId();
        if (id == null || id.isBlank()) {
            throw new OrderMappingException("an order without orderId cannot be imported");
        }
        if (order.getCreatedTime() == null || order.getLastUpdatedTime() == null) {
            // Amazon always sends both: the sales order's date and which version of the order is newer
            throw new OrderMappingException("order " + id + " has no createdTime or no lastUpdatedTime");
        }
        if (order.getFulfillment() == null || order.getFulfillment().getFulfillmentStatus() == null) {
            throw new OrderMappingException("order " + id + " has no fulfillment status (fulfillment.fulfillmentStatus; was includedData FULFILLMENT asked for?)");
        }
        if (order.getOrderItems() == null || order.getOrderItems().isEmpty()) {
            throw new OrderMappingException("order " + id + " has no order items (orderItems is empty)");
        }
        if (order.getOrderItems().contains(null)) {
            throw new OrderMappingException("order " + id + " has an empty entry in its orderItems");
        }
        String marketplaceId = order.getSalesChannel() == null ? null : blankToNull(order.getSalesChannel().getMarketplaceId());
        if (marketplaceId == null) {
            // a NON_AMAZON (multi-channel) order has none; guessing net or gross would book the wrong VAT
            throw new OrderMappingException("order " + id + " has no salesChannel.marketplaceId: Catura cannot tell "
                    + "whether its prices include VAT; if it was not sold on Amazon, skip it");
        }
        List<String> programs = present(order.getPrograms());
        CustomerAddress delivery = order.getRecipient() == null ? null : order.getRecipient().getDeliveryAddress();
        List<ImportedLine> lines = new ArrayList<>();
        for (OrderItem item : order.getOrderItems()) {
            lines.add(line(id, item));
        }
        return new ImportedOrder(channel, id, marketplaceId, instant(order.getCreatedTime()),
                instant(order.getLastUpdatedTime()), status(id, order.getFulfillment().getFulfillmentStatus()),
                "AMAZON".equals(order.getFulfillment().getFulfilledBy()) ? Fulfilment.CHANNEL : Fulfilment.MERCHANT,
                buyer(order, delivery), address(delivery), null, currency(order), GROSS_PRICE_MARKETPLACES.contains(marketplaceId),
                order.getProceeds() == null ? null : ItemAmounts.amount("order " + id, order.getProceeds().getGrandTotal()),
                order.getFulfillment().getFulfillmentServiceLevel(), flags(order, programs), purchaseOrderNumber(order),
                cancellationReason(order), deliveryInstructions(order),
                order.getFulfillment().getShipByWindow() == null ? null
                        : instant(order.getFulfillment().getShipByWindow().getLatestDateTime()),
                lines);
    }

    private static ChannelOrderStatus status(String id, FulfillmentStatus status) {
        return switch (status) {
            case PENDING, PENDING_AVAILABILITY -> ChannelOrderStatus.PENDING;
            case UNSHIPPED -> ChannelOrderStatus.UNSHIPPED;
            case PARTIALLY_SHIPPED -> ChannelOrderStatus.PARTIALLY_SHIPPED;
            case SHIPPED -> ChannelOrderStatus.SHIPPED;
            case CANCELLED -> ChannelOrderStatus.CANCELLED;
            case UNFULFILLABLE -> ChannelOrderStatus.UNFULFILLABLE;
            default -> throw new OrderMappingException("order " + id + " has a fulfillment status Catura does not know");
        };
    }

    private static ImportedLine line(String orderId, OrderItem item) {
        if (item.getProduct() == null || item.getQuantityOrdered() == null) {
            throw new OrderMappingException("order " + orderId + " item " + item.getOrderItemId()
                    + " has no product or no quantityOrdered");
        }
        if (item.getQuantityOrdered() < 0) {
            // zero is what Amazon sends for a cancelled item; below zero is no order at all
            throw new OrderMappingException("order " + orderId + " item " + item.getOrderItemId() + " has quantityOrdered "
                    + item.getQuantityOrdered() + "; a quantity cannot be negative");
        }
        ItemAmounts money = ItemAmounts.of(orderId, item);
        GiftOption gift = item.getFulfillment() == null || item.getFulfillment().getPacking() == null ? null
                : item.getFulfillment().getPacking().getGiftOption();
        String customizedUrl = item.getProduct().getCustomization() == null ? null
                : blankToNull(item.getProduct().getCustomization().getCustomizedUrl());
        return new ImportedLine(item.getOrderItemId(), item.getProduct().getSellerSku(), item.getProduct().getTitle(),
                BigDecimal.valueOf(item.getQuantityOrdered()), money.item(), money.itemTax(), money.shipping(),
                money.shippingTax(), money.promotionDiscount(), money.shippingDiscount(), money.giftWrap(),
                gift == null ? null : blankToNull(gift.getGiftMessage()),
                gift == null ? null : blankToNull(gift.getGiftWrapLevel()), customizedUrl);
    }

    private static Buyer buyer(Order order, CustomerAddress delivery) {
        org.catura.amazon.plugin.spapi.model.Buyer b = order.getBuyer();
        String phone = delivery == null ? null : blankToNull(delivery.getPhone());
        if (b == null) {
            return new Buyer(delivery == null ? null : delivery.getName(), null, phone, null, buyerVatId(order));
        }
        return new Buyer(b.getBuyerName(), blankToNull(b.getBuyerEmail()), phone, blankToNull(b.getBuyerCompanyName()),
                buyerVatId(order));
    }

    private static String buyerVatId(Order order) {
        if (order.getTax() == null || order.getTax().getTaxRegistrations() == null) {
            return null;
        }
        return present(order.getTax().getTaxRegistrations()).stream()
                .filter(r -> "BUYER".equals(r.getEntityType()))
                .filter(r -> "VAT".equals(r.getTaxRegistrationType()) || "BUSINESS".equals(r.getTaxRegistrationType()))
                .map(OrderTaxRegistration::getTaxRegistrationNumber).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static PostalAddress address(CustomerAddress a) {
        if (a == null) {
            return null;
        }
        return new PostalAddress(a.getName(), blankToNull(a.getCompanyName()), a.getAddressLine1(),
                blankToNull(a.getAddressLine2()), blankToNull(a.getAddressLine3()), a.getCity(),
                blankToNull(a.getDistrictOrCounty()), blankToNull(a.getStateOrRegion()), a.getPostalCode(),
                a.getCountryCode(), blankToNull(a.getPhone()), a.getAddressType());
    }

    private static String currency(Order order) {
        if (order.getProceeds() != null && order.getProceeds().getGrandTotal() != null) {
            return order.getProceeds().getGrandTotal().getCurrencyCode();
        }
        return order.getOrderItems().stream()
                .map(i -> i.getProduct().getPrice() == null || i.getProduct().getPrice().getUnitPrice() == null ? null
                        : i.getProduct().getPrice().getUnitPrice().getCurrencyCode())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Set<OrderFlag> flags(Order order, List<String> programs) {
        Set<OrderFlag> flags = EnumSet.noneOf(OrderFlag.class);
        if (programs.contains("PRIME")) {
            flags.add(OrderFlag.PRIME);
        }
        String level = order.getFulfillment().getFulfillmentServiceLevel();
        if (programs.contains("PREMIUM") || level != null && PREMIUM_LEVELS.contains(level)) {
            flags.add(OrderFlag.PREMIUM_SHIPPING);
        }
        if (programs.contains("AMAZON_BUSINESS")) {
            flags.add(OrderFlag.BUSINESS);
        }
        if (programs.contains("PREORDER") || order.getFulfillment().getFulfillmentStatus() == FulfillmentStatus.PENDING_AVAILABILITY) {
            flags.add(OrderFlag.PREORDER);
        }
        if (present(order.getAssociatedOrders()).stream()
                .anyMatch(a -> "REPLACEMENT_ORIGINAL_ID".equals(a.getAssociationType()))) {
            flags.add(OrderFlag.REPLACEMENT);
        }
        if (deliveryInstructions(order) != null) {
            flags.add(OrderFlag.DELIVERY_INSTRUCTIONS);
        }
        for (OrderItem item : order.getOrderItems()) {
            if (item.getFulfillment() != null && item.getFulfillment().getPacking() != null
                    && item.getFulfillment().getPacking().getGiftOption() != null) {
                flags.add(OrderFlag.GIFT);
            }
            if (item.getProduct() != null && item.getProduct().getCustomization() != null
                    && blankToNull(item.getProduct().getCustomization().getCustomizedUrl()) != null) {
                flags.add(OrderFlag.CUSTOMIZED);
            }
            if (item.getCancellation() != null && item.getCancellation().getCancellationRequest() != null) {
                flags.add(OrderFlag.CANCELLATION_REQUESTED);
            }
            ItemShippingConstraints constraints = item.getFulfillment() == null || item.getFulfillment().getShipping() == null
                    ? null : item.getFulfillment().getShipping().getShippingConstraints();
            if (constraints != null) {
                if (constraints.getSignatureConfirmation() != null) {
                    flags.add(OrderFlag.SIGNATURE_REQUIRED);
                }
                if (constraints.getRecipientIdentityVerification() != null || constraints.getRecipientAgeVerification() != null) {
                    flags.add(OrderFlag.ID_CHECK);
                }
            }
        }
        return flags;
    }

    private static String purchaseOrderNumber(Order order) {
        return order.getBuyer() == null ? null : blankToNull(order.getBuyer().getBuyerPurchaseOrderNumber());
    }

    /** The buyer's reason when they asked to cancel, else the reason of an executed cancellation. */
    private static String cancellationReason(Order order) {
        String requested = null;
        String executed = null;
        for (OrderItem item : order.getOrderItems()) {
            ItemCancellation c = item.getCancellation();
            if (c == null) {
                continue;
            }
            if (requested == null && c.getCancellationRequest() != null) {
                requested = blankToNull(c.getCancellationRequest().getCancelReason());
            }
            if (executed == null && c.getCancellationExecution() != null) {
                executed = blankToNull(c.getCancellationExecution().getCancelReason());
            }
        }
        return requested != null ? requested : executed;
    }

    private static String deliveryInstructions(Order order) {
        DeliveryPreference p = order.getRecipient() == null ? null : order.getRecipient().getDeliveryPreference();
        if (p == null) {
            return null;
        }
        String text = Stream.of(p.getAddressInstruction(), p.getDropOffLocation()).map(AmazonOrderMapper::blankToNull)
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The list without the null entries a broken answer may hold (an absent list is empty). */
    static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
