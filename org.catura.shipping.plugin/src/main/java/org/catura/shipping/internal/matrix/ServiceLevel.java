package org.catura.shipping.internal.matrix;

import java.util.Locale;

/** How fast a service delivers (CAT_ShippingService.ServiceLevel), slowest first. */
public enum ServiceLevel {
    STANDARD, EXPRESS, NEXT_DAY, SAME_DAY;

    /**
     * The level an order asked for, from the channel's words (Amazon: Standard, Expedited,
     * SecondDay, NextDay, SameDay, Priority, Scheduled, FreeEconomy); anything unknown is STANDARD.
     */
    public static ServiceLevel ofOrder(String channelLevel) {
        if (channelLevel == null) {
            return STANDARD;
        }
        return switch (channelLevel.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
            case "expedited", "secondday", "priority", "express" -> EXPRESS;
            case "nextday" -> NEXT_DAY;
            case "sameday" -> SAME_DAY;
            default -> STANDARD;
        };
    }
}
