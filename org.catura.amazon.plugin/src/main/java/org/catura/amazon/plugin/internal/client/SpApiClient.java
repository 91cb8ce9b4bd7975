package org.catura.amazon.plugin.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.catura.amazon.plugin.spapi.api.OrdersV0Api;
import org.catura.amazon.plugin.spapi.api.ReportsApi;
import org.catura.amazon.plugin.spapi.api.SellersApi;
import org.catura.amazon.plugin.spapi.api.SolicitationsApi;
import org.catura.amazon.plugin.spapi.invoker.ApiClient;
import org.catura.amazon.plugin.spapi.invoker.ApiResponse;
import org.catura.amazon.plugin.spapi.invoker.Pair;
import org.catura.amazon.plugin.spapi.model.ConfirmShipmentRequest;
import org.catura.amazon.plugin.spapi.model.GetMarketplaceParticipationsResponse;
import org.catura.amazon.plugin.spapi.model.GetReportsResponse;
import org.catura.amazon.plugin.spapi.model.GetSolicitationActionsForOrderResponse;
import org.catura.amazon.plugin.spapi.model.IncludedData;
import org.catura.amazon.plugin.spapi.model.Order;
import org.catura.amazon.plugin.spapi.model.Report;
import org.catura.amazon.plugin.spapi.model.ReportDocument;

/**
 * The Selling Partner API as Catura uses it: the generated client (OpenAPI {@code sp-api.yaml})
 * behind one facade that logs in with LWA, keeps each operation within its usage plan and
 * retries what Amazon asks to retry. Thread-safe; one instance per seller account and region.
 */
public final class SpApiClient {

    private static final String ACCESS_TOKEN_HEADER = "x-amz-access-token";

    private final ObjectMapper json;
    private final LwaTokenManager tokens;
    private final RateLimiter limiter;
    private final SpApiStatistics statistics = new SpApiStatistics();
    private final ThrottledCaller caller;
    private final RawJsonGet rawGet;
    private final OrdersV0Api ordersV0;
    private final ReportsApi reports;
    private final SolicitationsApi solicitations;
    private final SellersApi sellers;

    public SpApiClient(SpApiSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build(), TimeSource.SYSTEM,
                // Not RandomGenerator.getDefault(): it finds its algorithm through ServiceLoader,
                // which sees no providers from inside an OSGi bundle.
                new Random());
    }

    public SpApiClient(SpApiSettings settings, HttpClient http, TimeSource time, RandomGenerator random) {
        this.json = ApiClient.createDefaultObjectMapper();
        this.tokens = new LwaTokenManager(settings.tokenUrl(), settings.credentials(), http, time,
                settings.refreshAhead(), settings.requestTimeout());
        this.limiter = new RateLimiter(settings.timeCompression(), time);
        this.caller = new ThrottledCaller(limiter, settings.retry(), tokens, time, random, json, statistics);
        ApiClient api = new ApiClient(new FixedHttpClientBuilder(http), json, settings.endpoint().toString());
        api.setReadTimeout(settings.requestTimeout());
        api.setRequestInterceptor(this::authorize);
        this.rawGet = new RawJsonGet(http, api.getBaseUri(), settings.requestTimeout(), this::authorize);
        this.ordersV0 = new OrdersV0Api(api);
        this.reports = new ReportsApi(api);
        this.solicitations = new SolicitationsApi(api);
        this.sellers = new SellersApi(api);
    }

    private void authorize(HttpRequest.Builder request) {
        request.setHeader(ACCESS_TOKEN_HEADER, caller.attemptToken());
        request.setHeader("User-Agent", "Catura/0.1 (Language=Java)");
    }

    /** One page of orders created or changed in the search's window. */
    public OrdersPage searchOrders(OrderSearch search) {
        List<Pair> query = new ArrayList<>();
        query.addAll(ApiClient.parameterToPairs("createdAfter", utc(search.createdAfter())));
        query.addAll(ApiClient.parameterToPairs("createdBefore", utc(search.createdBefore())));
        query.addAll(ApiClient.parameterToPairs("lastUpdatedAfter", utc(search.lastUpdatedAfter())));
        query.addAll(ApiClient.parameterToPairs("lastUpdatedBefore", utc(search.lastUpdatedBefore())));
        query.addAll(ApiClient.parameterToPairs("csv", "fulfillmentStatuses", search.fulfillmentStatuses()));
        query.addAll(ApiClient.parameterToPairs("csv", "marketplaceIds", search.marketplaceIds()));
        query.addAll(ApiClient.parameterToPairs("maxResultsPerPage", search.maxResultsPerPage()));
        query.addAll(ApiClient.parameterToPairs("paginationToken", search.paginationToken()));
        query.addAll(ApiClient.parameterToPairs("csv", "includedData", search.includedData()));
        ApiResponse<String> response = caller.call(SpApiOperation.SEARCH_ORDERS,
                () -> rawGet.get("searchOrders", "/orders/2026-01-01/orders", query));
        JsonNode page = readTree(SpApiOperation.SEARCH_ORDERS, response.getData());
        List<FetchedOrder> orders = new ArrayList<>();
        for (JsonNode order : page.path("orders")) {
            orders.add(readOrder(order));
        }
        String next = page.path("pagination").path("nextToken").asText(null);
        return new OrdersPage(orders, next, instant(page.path("lastUpdatedBefore")),
                instant(page.path("createdBefore")));
    }

    /** One order with the given datasets. */
    public FetchedOrder getOrder(String orderId, List<IncludedData> includedData) {
        List<Pair> query = ApiClient.parameterToPairs("csv", "includedData", includedData);
        ApiResponse<String> response = caller.call(SpApiOperation.GET_ORDER,
                () -> rawGet.get("getOrder", "/orders/2026-01-01/orders/" + ApiClient.urlEncode(orderId), query));
        return readOrder(readTree(SpApiOperation.GET_ORDER, response.getData()).path("order"));
    }

    /** Confirms a shipment (carrier, tracking, items) to Amazon; Amazon answers 204. */
    public void confirmShipment(String orderId, ConfirmShipmentRequest confirmation) {
        caller.call(SpApiOperation.CONFIRM_SHIPMENT,
                () -> ordersV0.confirmShipmentWithHttpInfo(orderId, confirmation));
    }

    public GetReportsResponse getReports(List<String> reportTypes, List<String> processingStatuses,
            List<String> marketplaceIds, Integer pageSize, Instant createdSince, Instant createdUntil,
            String nextToken) {
        return caller.call(SpApiOperation.GET_REPORTS, () -> reports.getReportsWithHttpInfo(reportTypes,
                processingStatuses, marketplaceIds, pageSize, utc(createdSince), utc(createdUntil), nextToken))
                .getData();
    }

    public Report getReport(String reportId) {
        return caller.call(SpApiOperation.GET_REPORT, () -> reports.getReportWithHttpInfo(reportId)).getData();
    }

    public ReportDocument getReportDocument(String reportDocumentId) {
        return caller.call(SpApiOperation.GET_REPORT_DOCUMENT,
                () -> reports.getReportDocumentWithHttpInfo(reportDocumentId)).getData();
    }

    public GetSolicitationActionsForOrderResponse getSolicitationActions(String amazonOrderId,
            String marketplaceId) {
        return caller.call(SpApiOperation.GET_SOLICITATION_ACTIONS,
                () -> solicitations.getSolicitationActionsForOrderWithHttpInfo(amazonOrderId, List.of(marketplaceId)))
                .getData();
    }

    /** Asks Amazon to request a product review and seller feedback from the buyer (201). */
    public void requestReview(String amazonOrderId, String marketplaceId) {
        caller.call(SpApiOperation.CREATE_REVIEW_SOLICITATION,
                () -> solicitations.createProductReviewAndSellerFeedbackSolicitationWithHttpInfo(amazonOrderId,
                        List.of(marketplaceId)));
    }

    /** The marketplaces the seller can sell in and whether it participates in each (Sellers API v1). */
    public GetMarketplaceParticipationsResponse getMarketplaceParticipations() {
        return caller.call(SpApiOperation.GET_MARKETPLACE_PARTICIPATIONS,
                sellers::getMarketplaceParticipationsWithHttpInfo).getData();
    }

    public SpApiStatistics statistics() {
        return statistics;
    }

    /** The operation's token bucket, to read its state (benchmark, tests). */
    public TokenBucket bucket(SpApiOperation op) {
        return limiter.bucket(op);
    }

    public int logins() {
        return tokens.refreshCount();
    }

    /** Reads one order node; a node the model cannot read becomes a {@link FetchedOrder} with its problem. */
    FetchedOrder readOrder(JsonNode node) {
        String raw = node.toString();
        String orderId = node.path("orderId").asText(null);
        try {
            Order order = json.treeToValue(node, Order.class);
            String missing = missingRequired(order);
            if (missing != null) {
                return new FetchedOrder(orderId, raw, null, "order " + orderId + " lacks required field " + missing);
            }
            return new FetchedOrder(orderId, raw, order, null);
        } catch (IOException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? fieldPath(m) : "";
            return new FetchedOrder(orderId, raw, null, "order " + orderId + " cannot be read: "
                    + (field.isEmpty() ? "" : "field " + field + ": ") + reason);
        }
    }

    /** The JSON path of the value the model could not read, e.g. {@code orderItems[0].quantityOrdered}. */
    private static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String missingRequired(Order order) {
        if (order.getOrderId() == null || order.getOrderId().isBlank()) {
            return "orderId";
        }
        if (order.getCreatedTime() == null) {
            return "createdTime";
        }
        if (order.getLastUpdatedTime() == null) {
            return "lastUpdatedTime";
        }
        if (order.getSalesChannel() == null) {
            return "salesChannel";
        }
        if (order.getOrderItems() == null || order.getOrderItems().isEmpty()) {
            return "orderItems";
        }
        return null;
    }

    private JsonNode readTree(SpApiOperation op, String body) {
        try {
            return json.readTree(body == null ? "{}" : body);
        } catch (IOException e) {
            throw new SpApiException(op, 200, List.of(), "answer is not JSON: " + ErrorBodies.excerpt(body), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        return OffsetDateTime.parse(node.asText()).toInstant();
    }
}
