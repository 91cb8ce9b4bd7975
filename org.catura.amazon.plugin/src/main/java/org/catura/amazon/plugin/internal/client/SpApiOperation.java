package org.catura.amazon.plugin.internal.client;

/**
 * The SP-API operations Catura calls, with Amazon's published default usage plan (requests per
 * second and burst). The real limits may be higher for a seller; {@code x-amzn-RateLimit-Limit}
 * tells, and the rate limiter follows it.
 */
public enum SpApiOperation {
    SEARCH_ORDERS("searchOrders", 0.0056, 20, true),
    GET_ORDER("getOrder", 0.5, 30, true),
    CONFIRM_SHIPMENT("confirmShipment", 2, 10, false),
    GET_REPORTS("getReports", 0.0222, 10, true),
    GET_REPORT("getReport", 2, 15, true),
    GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15, true),
    GET_SOLICITATION_ACTIONS("getSolicitationActionsForOrder", 1, 5, true),
    CREATE_REVIEW_SOLICITATION("createProductReviewAndSellerFeedbackSolicitation", 1, 5, false),
    GET_MARKETPLACE_PARTICIPATIONS("getMarketplaceParticipations", 0.016, 15, true);

    private final String operationId;
    private final double defaultRate;
    private final int defaultBurst;
    private final boolean safeToRepeat;

    SpApiOperation(String operationId, double defaultRate, int defaultBurst, boolean safeToRepeat) {
        this.operationId = operationId;
        this.defaultRate = defaultRate;
        this.defaultBurst = defaultBurst;
        this.safeToRepeat = safeToRepeat;
    }

    /** Amazon's operationId, used in messages. */
    public String operationId() {
        return operationId;
    }

    public double defaultRate() {
        return defaultRate;
    }

    public int defaultBurst() {
        return defaultBurst;
    }

    /**
     * Whether a call whose answer was lost (connection dropped) may simply be sent again. Reads may;
     * a confirmation might have been applied, so its caller (the outbox) decides.
     */
    public boolean safeToRepeat() {
        return safeToRepeat;
    }
}
