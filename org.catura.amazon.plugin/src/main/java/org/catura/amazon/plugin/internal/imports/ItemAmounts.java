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

    private static final int MAX_AMOUNT_LENGTH = 32;
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_DECIMALS = 6;

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
        for (ItemProceedsBreakdown b : AmazonOrderMapper.present(item.getProceeds().getBreakdowns())) {
            BigDecimal subtotal = amount(where, b.getSubtotal());
            if (b.getType() == null) {
                // money of no known kind cannot be booked as price, tax or discount without guessing
                throw new OrderMappingException(where + " has a proceeds breakdown without type (subtotal "
                        + subtotal.toPlainString() + ")");
            }
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
        for (ItemProceedsDetailedBreakdown d : AmazonOrderMapper.present(b.getDetailedBreakdowns())) {
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
        String text = money.getAmount().trim();
        if (text.length() > MAX_AMOUNT_LENGTH) {
            throw new OrderMappingException(where + ": amount '" + text.substring(0, 20) + "…' (" + text.length()
                    + " characters) is not a sum of money");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new OrderMappingException(where + ": amount '" + text + "' is not a number");
        }
        // 1E+999999999 parses, but adding it to anything takes the heap, and the ERP's columns hold far less
        if (value.signum() != 0 && (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS)) {
            throw new OrderMappingException(where + ": amount '" + text + "' is out of range (at most "
                    + MAX_INTEGER_DIGITS + " digits before and " + MAX_DECIMALS + " after the point)");
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.scale() < 0 ? value.setScale(0) : value;
    }
}
