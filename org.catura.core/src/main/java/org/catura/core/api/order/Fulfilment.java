package org.catura.core.api.order;

/** Who ships: the merchant, or the channel itself (Amazon FBA: invoice only). */
public enum Fulfilment {
    MERCHANT,
    CHANNEL
}
