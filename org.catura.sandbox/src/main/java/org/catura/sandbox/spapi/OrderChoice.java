package org.catura.sandbox.spapi;

import org.catura.core.api.order.PostalAddress;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoProduct;

/**
 * What a test fixes of an order it places; the rest is generated. {@code shipTo} sends the goods
 * elsewhere than the marketplace's country (amazon.de to Switzerland, say); null keeps the buyer's.
 */
public record OrderChoice(DemoMarketplace marketplace, DemoProduct product, PostalAddress shipTo) {

    /** One piece of {@code product} on {@code marketplace}. */
    public static OrderChoice of(DemoMarketplace marketplace, DemoProduct product) {
        return new OrderChoice(marketplace, product, null);
    }

    public OrderChoice shippedTo(PostalAddress address) {
        return new OrderChoice(marketplace, product, address);
    }
}
