package org.catura.core.api.retention;

import java.time.Instant;
import org.catura.core.api.process.OrderState;

/**
 * An order whose buyer data is due for erasure.
 *
 * @param since when its shipment was confirmed or it was cancelled
 */
public record DueOrder(long orderId, String channel, String externalId, OrderState state, Instant since) {
}
