package org.catura.core.api.order;

import java.math.BigDecimal;

/**
 * One item of an imported order. Amounts are totals for the line's quantity in the order's
 * currency, as the channel reports them ({@code itemPrice} gross where prices include tax);
 * discounts are positive numbers.
 */
public record ImportedLine(String lineId, String sku, String title, BigDecimal quantity, BigDecimal itemPrice,
        BigDecimal itemTax, BigDecimal shippingPrice, BigDecimal shippingTax, BigDecimal promotionDiscount,
        BigDecimal shippingDiscount, BigDecimal giftWrapPrice, String giftMessage, String giftWrapLevel,
        String customizationUrl) {

    /** A plain line: no shipping, discount, gift or customisation. */
    public static ImportedLine of(String lineId, String sku, String title, BigDecimal quantity,
            BigDecimal itemPrice, BigDecimal itemTax) {
        return new ImportedLine(lineId, sku, title, quantity, itemPrice, itemTax, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null);
    }

    public ImportedLine withShipping(BigDecimal price, BigDecimal tax) {
        return new ImportedLine(lineId, sku, title, quantity, itemPrice, itemTax, price, tax, promotionDiscount,
                shippingDiscount, giftWrapPrice, giftMessage, giftWrapLevel, customizationUrl);
    }
}
