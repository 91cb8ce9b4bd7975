package org.catura.amazon.plugin.api;

import java.time.Instant;

/**
 * An Amazon order the import could not take in. While it is {@link Status#OPEN} the channel's
 * watermark stays at or before {@link #holdsWatermarkAt()}, so every run tries it again, until it
 * imports (the seller fixed it at Amazon, or Catura was fixed) or a person skips it.
 *
 * @param message               names the order and the field at fault
 * @param orderLastUpdatedAt    the order's lastUpdatedTime when its JSON had a readable one
 * @param rawJson               the order as Amazon sent it
 * @param ticketId              the ticket (org.catura.ticket) people work on for it, null while none is open
 */
public record ImportError(long errorId, String channel, String amazonOrderId, Status status, String message,
        Instant orderLastUpdatedAt, Instant holdsWatermarkAt, String rawJson, int attempts, Instant firstSeenAt,
        Instant lastSeenAt, Instant resolvedAt, String resolvedBy, Long ticketId) {

    public enum Status { OPEN, IMPORTED, SKIPPED }

    /** Without a ticket. */
    public ImportError(long errorId, String channel, String amazonOrderId, Status status, String message,
            Instant orderLastUpdatedAt, Instant holdsWatermarkAt, String rawJson, int attempts, Instant firstSeenAt,
            Instant lastSeenAt, Instant resolvedAt, String resolvedBy) {
        this(errorId, channel, amazonOrderId, status, message, orderLastUpdatedAt, holdsWatermarkAt, rawJson, attempts,
                firstSeenAt, lastSeenAt, resolvedAt, resolvedBy, null);
    }
}
