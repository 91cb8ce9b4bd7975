package org.catura.core.api.order;

/** The order's status at the sales channel. */
public enum ChannelOrderStatus {
    /** Payment not yet authorised: recorded, not processed. */
    PENDING,
    UNSHIPPED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    CANCELLED,
    UNFULFILLABLE
}
