package org.catura.core.api.order;

/** Special cases an order carries; release rules look at these. */
public enum OrderFlag {
    PRIME,
    PREMIUM_SHIPPING,
    BUSINESS,
    GIFT,
    CUSTOMIZED,
    REPLACEMENT,
    PREORDER,
    CANCELLATION_REQUESTED,
    SIGNATURE_REQUIRED,
    ID_CHECK,
    DELIVERY_INSTRUCTIONS
}
