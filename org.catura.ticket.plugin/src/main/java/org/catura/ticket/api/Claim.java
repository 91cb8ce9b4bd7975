package org.catura.ticket.api;

import java.time.Instant;

/** A clerk's hold on a queued order: while it lasts, only {@code holder} may change the order. */
public record Claim(long orderId, String holder, Instant claimedAt) {
}
