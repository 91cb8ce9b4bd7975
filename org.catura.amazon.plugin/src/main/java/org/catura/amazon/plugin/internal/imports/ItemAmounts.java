package org.catura.amazon.plugin.internal.imports;

import java.math.BigDecimal;
import org.catura.amazon.plugin.spapi.model.ItemProceedsBreakdown;
import org.catura.amazon.plugin.spapi.model.ItemProceedsDetailedBreakdown;
import org.catura.amazon.plugin.spapi.model.Money;
import org.catura.amazon.plugin.spapi.model.OrderItem;

/**
 * The money of one order item, read from its proceeds breakdowns: ITEM, SHIPPING, GIFT_WRAP as
 * given (gross on EU marketplaces), TAX and DISCOUNT split by their detailed subtypes. Discounts
 * come out as positive numbers.
 */
record ItemAmounts(BigDecimal item, BigDecimal itemTax, BigDecimal shipping, BigDecimal shippingTax,
        BigDecimal giftWrap, BigDecimal promotionDiscount, BigDecimal shippingDiscount) {

    static ItemAmounts of(String orderId, OrderItem item) {
        BigDecimal[] v = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO};
        String where = "order " + orderId + " item " + item.getOrderItemId();
        if (item.getProceeds() == null || item.getProceeds().getBreakdowns() == null) {
            // no PROCEEDS dataset: the unit price is all we know
            if (item.getProduct() != null && item.getProduct().getPrice() != null
                    && item.getProduct().getPrice().getUnitPrice() != null) {
                v[0] = amount(where, item.getProduct().getPrice().getUnitPrice())
                        .multiply(BigDecimal.valueOf(item.getQuantityOrdered()));
            }
            return new ItemAmounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }
        for (ItemProceedsBreakdown b : item.getProceeds().getBreakdowns()) {
            BigDecimal subtotal = amount(where, b.getSubtotal());
            switch (b.getType()) {
                case "ITEM" -> v[0] = v[0].add(subtotal);
                case "SHIPPING" -> v[2] = v[2].add(subtotal);
                case "GIFT_WRAP" -> v[4] = v[4].add(subtotal);
                case "TAX" -> split(where, b, subtotal, v, 1, 3);
                case "DISCOUNT" -> split(where, b, subtotal.abs(), v, 5, 6);
                default -> {
                    // COD_FEE, OTHER: not part of the sales order lines
                }
            }
        }
        return new ItemAmounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** Splits a TAX or DISCOUNT subtotal into its item and shipping parts (all on the item without detail). */
    private static void split(String where, ItemProceedsBreakdown b, BigDecimal subtotal, BigDecimal[] v, int itemSlot,
            int shippingSlot) {
        if (b.getDetailedBreakdowns() == null || b.getDetailedBreakdowns().isEmpty()) {
            v[itemSlot] = v[itemSlot].add(subtotal);
            return;
        }
        for (ItemProceedsDetailedBreakdown d : b.getDetailedBreakdowns()) {
            BigDecimal value = amount(where, d.getValue()).abs();
            if ("SHIPPING".equals(d.getSubtype())) {
                v[shippingSlot] = v[shippingSlot].add(value);
            } else if (!"GIFT_WRAP".equals(d.getSubtype())) {
                v[itemSlot] = v[itemSlot].add(value);
            }
        }
    }

    static BigDecimal amount(String where, Money money) {
        if (money == null || money.getAmount() == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(money.getAmount().trim());
        } catch (NumberFormatException e) {
            throw new OrderMappingException(where + ": amount '" + money.getAmount() + "' is not a number");
        }
    }
}
