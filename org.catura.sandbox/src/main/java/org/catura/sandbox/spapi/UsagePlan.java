package org.catura.sandbox.spapi;

/** Amazon's default usage plans for the operations the sandbox serves (requests per second, burst). */
public enum UsagePlan {
    SEARCH_ORDERS("searchOrders", 0.0056, 20),
    GET_ORDER("getOrder", 0.5, 30),
    CONFIRM_SHIPMENT("confirmShipment", 2, 10),
    GET_REPORTS("getReports", 0.0222, 10),
    GET_SOLICITATION_ACTIONS("getSolicitationActionsForOrder", 1, 5),
    CREATE_REVIEW_SOLICITATION("createProductReviewAndSellerFeedbackSolicitation", 1, 5),
    GET_MARKETPLACE_PARTICIPATIONS("getMarketplaceParticipations", 0.016, 15);

    private final String operationId;
    private final double rate;
    private final int burst;

    UsagePlan(String operationId, double rate, int burst) {
        this.operationId = operationId;
        this.rate = rate;
        this.burst = burst;
    }

    public String operationId() {
        return operationId;
    }

    public double rate() {
        return rate;
    }

    public int burst() {
        return burst;
    }

    /** The {@code x-amzn-RateLimit-Limit} value Amazon sends with a successful answer. */
    public String rateLimitHeader() {
        return Double.toString(rate);
    }
}
