package org.catura.core.api.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One package that left the warehouse, told in the channel's terms: its order and items by the ids
 * the channel gave them.
 *
 * @param orderId         the order process's id of the order
 * @param externalOrderId the channel's order id (the Amazon order id)
 * @param packageId       identifies the package within its order and stays the same on every attempt
 *                        (the ERP shipment's id, a positive number)
 * @param carrier         the carrier as the ERP names it (M_Shipper); the connector maps it to the channel's code
 * @param shippingMethod  the carrier's service, null when not known
 * @param lines           what the package holds, by the channel's line ids
 */
public record ShippedPackage(long orderId, String channel, String externalOrderId, String marketplaceId,
        int packageId, String carrier, String shippingMethod, String trackingNumber, Instant shippedAt,
        List<Line> lines) {

    public ShippedPackage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(shippedAt, "shippedAt");
        if (packageId <= 0) {
            throw new IllegalArgumentException("A package id is a positive number, got " + packageId);
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Package " + packageId + " of order " + externalOrderId
                    + " holds nothing");
        }
    }

    /** {@code quantity} of the order line the channel calls {@code lineId} (ImportedLine.lineId). */
    public record Line(String lineId, BigDecimal quantity) {
        public Line {
            Objects.requireNonNull(lineId, "lineId");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
