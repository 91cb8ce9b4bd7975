package org.catura.core.api.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An order as a sales channel reported it, in channel-neutral form. Identified by
 * {@code channel} and {@code externalId} (the Amazon order id, say); everything downstream
 * works from this model, never from the channel's raw data.
 *
 * @param pricesIncludeTax whether line prices are gross (EU marketplaces)
 * @param orderTotal       the total the channel charged, kept to compare with the ERP's total
 */
public record ImportedOrder(String channel, String externalId, String marketplaceId, Instant purchasedAt,
        Instant lastUpdatedAt, ChannelOrderStatus status, Fulfilment fulfilment, Buyer buyer,
        PostalAddress shipTo, PostalAddress billTo, String currency, boolean pricesIncludeTax,
        BigDecimal orderTotal, String serviceLevel, Set<OrderFlag> flags, String purchaseOrderNumber,
        String cancellationReason, String deliveryInstructions, Instant latestShipDate,
        List<ImportedLine> lines) {

    public ImportedOrder {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(status, "status");
        flags = Set.copyOf(flags);
        lines = List.copyOf(lines);
    }

    public boolean has(OrderFlag flag) {
        return flags.contains(flag);
    }

    /** The address goods go to, falling back to the billing address. */
    public PostalAddress deliveryAddress() {
        return shipTo != null ? shipTo : billTo;
    }
}
