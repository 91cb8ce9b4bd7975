package org.catura.shipping.api;

import java.time.Instant;

/** A parcel of an order as recorded: its tracking number, the carrier's tracking page, when it left. */
public record TrackedParcel(int shipmentId, int parcelNo, String trackingNo, String trackingUrl, Instant shippedAt) {
}
