package org.catura.sandbox.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes the sandbox's requests: LWA login, the order operations, reports and solicitations. */
final class SpApiHandler implements HttpHandler {

    static final String TOKEN_PATH = "/auth/o2/token";
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);
    private static final Pattern ORDER = Pattern.compile("/orders/2026-01-01/orders/([^/]+)");
    private static final Pattern CONFIRM = Pattern.compile("/orders/v0/orders/([^/]+)/shipmentConfirmation");
    private static final Pattern SOLICITATIONS = Pattern.compile("/solicitations/v1/orders/([^/]+)");
    private static final Pattern REVIEW = Pattern.compile(
            "/solicitations/v1/orders/([^/]+)/solicitations/productReviewAndSellerFeedback");

    private final SandboxSettings settings;
    private final Clock clock;
    private final ObjectMapper json;
    private final AccessTokens tokens;
    private final SandboxOrders orders;
    private final SandboxFaults faults;
    private final SandboxSellers sellers;
    private final List<RecordedCall> calls;
    private final Map<UsagePlan, QuotaBucket> quotas = new EnumMap<>(UsagePlan.class);
    private final Set<String> solicited = ConcurrentHashMap.newKeySet();

    SpApiHandler(SandboxSettings settings, Clock clock, ObjectMapper json, AccessTokens tokens, SandboxOrders orders,
            SandboxFaults faults, SandboxSellers sellers, List<RecordedCall> calls) {
        this.sellers = sellers;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.tokens = tokens;
        this.orders = orders;
        this.faults = faults;
        this.calls = calls;
        for (UsagePlan plan : UsagePlan.values()) {
            quotas.put(plan, new QuotaBucket(plan, settings.timeCompression()));
        }
    }

    void drainQuota(UsagePlan plan) {
        quotas.get(plan).drain();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String operation = "unknown";
        Reply reply;
        SandboxFaults.Kind fault = null;
        try {
            if ("POST".equals(method) && TOKEN_PATH.equals(path)) {
                operation = "token";
                reply = login(form(body));
            } else {
                Route route = route(method, path);
                if (route == null) {
                    reply = Reply.error(json, 404, "NotFound", "No operation at " + method + " " + path, "");
                } else {
                    operation = route.plan().operationId();
                    reply = authorize(exchange.getRequestHeaders().getFirst("x-amz-access-token"));
                    if (reply == null) {
                        fault = faults.take(operation);
                        reply = fault == SandboxFaults.Kind.DENIED
                                ? Reply.error(json, 403, "Unauthorized", "Access to requested resource is denied.", "")
                                : fault == SandboxFaults.Kind.THROTTLE ? quotaExceeded()
                                : fault == SandboxFaults.Kind.SERVER_ERROR
                                        ? Reply.error(json, 500, "InternalFailure", "We encountered an internal error. Please try again.", "")
                                        : null;
                    }
                    if (reply == null && settings.quotasEnforced() && !quotas.get(route.plan()).tryTake()) {
                        reply = quotaExceeded();
                    }
                    if (reply == null) {
                        orders.applyDueChanges();
                        reply = route.serve(query(exchange.getRequestURI().getRawQuery()), body);
                        if (reply.status() / 100 == 2) {
                            exchange.getResponseHeaders().set("x-amzn-RateLimit-Limit", route.plan().rateLimitHeader());
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            reply = Reply.error(json, 500, "InternalFailure", "Sandbox failure: " + e, "");
        }
        calls.add(new RecordedCall(clock.instant(), operation, method, exchange.getRequestURI().toString(),
                reply.status(), body));
        send(exchange, reply, fault == SandboxFaults.Kind.DROP_CONNECTION);
    }

    private Reply quotaExceeded() {
        return Reply.error(json, 429, "QuotaExceeded", "You exceeded your quota for the requested resource.", "");
    }

    private Reply authorize(String accessToken) {
        return switch (tokens.check(accessToken)) {
            case VALID -> null;
            case EXPIRED -> Reply.error(json, 403, "Unauthorized", "Access to requested resource is denied.",
                    "The access token you provided has expired.");
            case UNKNOWN -> Reply.error(json, 403, "Unauthorized", "Access to requested resource is denied.",
                    accessToken == null ? "The request has no x-amz-access-token header." : "The access token you provided is not valid.");
        };
    }

    private Reply login(Map<String, String> form) {
        ObjectNode answer = json.createObjectNode();
        if (!"refresh_token".equals(form.get("grant_type"))) {
            answer.put("error", "unsupported_grant_type").put("error_description", "grant_type must be refresh_token");
            return Reply.json(400, answer.toString());
        }
        if (!settings.clientId().equals(form.get("client_id")) || !settings.clientSecret().equals(form.get("client_secret"))) {
            answer.put("error", "invalid_client").put("error_description", "Client authentication failed");
            return Reply.json(401, answer.toString());
        }
        if (!settings.refreshToken().equals(form.get("refresh_token"))) {
            answer.put("error", "invalid_grant")
                    .put("error_description", "The request has an invalid grant parameter : refresh_token");
            return Reply.json(400, answer.toString());
        }
        answer.put("access_token", tokens.issue()).put("refresh_token", settings.refreshToken())
                .put("token_type", "bearer").put("expires_in", tokens.lifetimeSeconds());
        return Reply.json(200, answer.toString());
    }

    private Route route(String method, String path) {
        if ("GET".equals(method) && "/orders/2026-01-01/orders".equals(path)) {
            return new Route(UsagePlan.SEARCH_ORDERS, (q, b) -> searchOrders(q));
        }
        Matcher m;
        if ("GET".equals(method) && (m = ORDER.matcher(path)).matches()) {
            String orderId = decode(m.group(1));
            return new Route(UsagePlan.GET_ORDER, (q, b) -> getOrder(orderId, q));
        }
        if ("POST".equals(method) && (m = CONFIRM.matcher(path)).matches()) {
            String orderId = decode(m.group(1));
            return new Route(UsagePlan.CONFIRM_SHIPMENT, (q, b) -> confirmShipment(orderId, b));
        }
        if ("GET".equals(method) && "/reports/2021-06-30/reports".equals(path)) {
            return new Route(UsagePlan.GET_REPORTS, (q, b) -> Reply.json(200, "{\"reports\":[]}"));
        }
        if ("GET".equals(method) && "/sellers/v1/marketplaceParticipations".equals(path)) {
            return new Route(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS, (q, b) -> participations());
        }
        if ("POST".equals(method) && (m = REVIEW.matcher(path)).matches()) {
            String orderId = decode(m.group(1));
            return new Route(UsagePlan.CREATE_REVIEW_SOLICITATION, (q, b) -> requestReview(orderId));
        }
        if ("GET".equals(method) && (m = SOLICITATIONS.matcher(path)).matches()) {
            String orderId = decode(m.group(1));
            return new Route(UsagePlan.GET_SOLICITATION_ACTIONS, (q, b) -> solicitationActions(orderId, q));
        }
        return null;
    }

    private Reply searchOrders(Map<String, String> q) {
        Instant now = clock.instant();
        int max;
        try {
            max = q.containsKey("maxResultsPerPage") ? Integer.parseInt(q.get("maxResultsPerPage")) : 100;
        } catch (NumberFormatException e) {
            return Reply.invalidInput(json, "maxResultsPerPage must be a number between 1 and 100");
        }
        if (max < 1 || max > 100) {
            return Reply.invalidInput(json, "maxResultsPerPage must be between 1 and 100, got " + max);
        }
        SandboxOrders.SearchWindow window;
        try {
            window = q.containsKey("paginationToken") ? PageToken.decode(q.get("paginationToken"), now) : window(q, now);
        } catch (IllegalArgumentException e) {
            return Reply.invalidInput(json, e.getMessage());
        }
        List<SandboxOrders.Served> served = orders.search(window, csv(q.get("marketplaceIds")),
                csv(q.get("fulfillmentStatuses")), csv(q.get("includedData")), max);
        ObjectNode answer = json.createObjectNode();
        ArrayNode list = answer.putArray("orders");
        served.stream().limit(max).forEach(s -> list.add(s.json()));
        if (served.size() > max) {
            SandboxOrders.Served last = served.get(max - 1);
            answer.putObject("pagination").put("nextToken", PageToken.encode(new SandboxOrders.SearchWindow(
                    window.byCreated(), window.after(), window.before(), last.key(), last.orderId()), now));
        }
        answer.put(window.byCreated() ? "createdBefore" : "lastUpdatedBefore", window.before().toString());
        return Reply.json(200, answer.toString());
    }

    private SandboxOrders.SearchWindow window(Map<String, String> q, Instant now) {
        Instant createdAfter = instant(q, "createdAfter");
        Instant createdBefore = instant(q, "createdBefore");
        Instant updatedAfter = instant(q, "lastUpdatedAfter");
        Instant updatedBefore = instant(q, "lastUpdatedBefore");
        if ((createdAfter == null) == (updatedAfter == null)) {
            throw new IllegalArgumentException("Exactly one of createdAfter and lastUpdatedAfter must be provided");
        }
        boolean byCreated = createdAfter != null;
        if (byCreated ? updatedBefore != null : createdBefore != null) {
            throw new IllegalArgumentException(byCreated
                    ? "lastUpdatedBefore may not be combined with createdAfter"
                    : "createdBefore may not be combined with lastUpdatedAfter");
        }
        Instant after = byCreated ? createdAfter : updatedAfter;
        Instant before = byCreated ? createdBefore : updatedBefore;
        String beforeName = byCreated ? "createdBefore" : "lastUpdatedBefore";
        // Amazon's two minutes, shortened like the usage plans when the sandbox runs time-compressed
        Instant latest = now.minus(Duration.ofNanos((long) (TWO_MINUTES.toNanos() / settings.timeCompression())));
        if (before == null) {
            before = latest;
        } else if (before.isAfter(latest)) {
            throw new IllegalArgumentException(beforeName + " must be at least two minutes before the time of the request");
        }
        if (before.isBefore(after)) {
            throw new IllegalArgumentException(beforeName + " must not be before " + (byCreated ? "createdAfter" : "lastUpdatedAfter"));
        }
        return new SandboxOrders.SearchWindow(byCreated, after, before, null, null);
    }

    private Reply getOrder(String orderId, Map<String, String> q) {
        return orders.get(orderId, csv(q.get("includedData")))
                .map(node -> {
                    ObjectNode answer = json.createObjectNode();
                    answer.set("order", node);
                    return Reply.json(200, answer.toString());
                })
                .orElseGet(() -> notFound(orderId));
    }

    private Reply confirmShipment(String orderId, String body) {
        JsonNode request;
        try {
            request = json.readTree(body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return Reply.invalidInput(json, "The request body is not JSON");
        }
        if (orders.status(orderId).isEmpty()) {
            return notFound(orderId);
        }
        String refused = orders.confirm(orderId, request);
        return refused == null ? Reply.noContent() : Reply.invalidInput(json, refused);
    }

    private Reply solicitationActions(String orderId, Map<String, String> q) {
        if (orders.status(orderId).isEmpty()) {
            return notFound(orderId);
        }
        String self = "/solicitations/v1/orders/" + orderId + "?marketplaceIds=" + q.getOrDefault("marketplaceIds", "");
        ObjectNode answer = json.createObjectNode();
        ObjectNode links = answer.putObject("_links");
        links.putObject("self").put("href", self);
        ArrayNode actions = links.putArray("actions");
        if (!solicited.contains(orderId) && "SHIPPED".equals(orders.status(orderId).get())) {
            actions.addObject().put("href", "/solicitations/v1/orders/" + orderId
                    + "/solicitations/productReviewAndSellerFeedback").put("name", "productReviewAndSellerFeedback");
        }
        return new Reply(200, answer.toString(), "application/hal+json");
    }

    private Reply requestReview(String orderId) {
        if (orders.status(orderId).isEmpty()) {
            return notFound(orderId);
        }
        if (!solicited.add(orderId)) {
            return Reply.error(json, 403, "Unauthorized", "A solicitation was already sent for order " + orderId, "");
        }
        return new Reply(201, "{}", "application/hal+json");
    }

    private Reply participations() {
        try {
            return Reply.json(200, json.writeValueAsString(sellers.participations()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Reply notFound(String orderId) {
        return Reply.error(json, 404, "NotFound", "Order " + orderId + " not found", "");
    }

    private void send(HttpExchange exchange, Reply reply, boolean dropHalfway) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType() + ";charset=UTF-8");
        }
        exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        if (reply.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        OutputStream out = exchange.getResponseBody();
        if (dropHalfway) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            // the server closes the connection of a handler that fails: the client sees a truncated answer
            throw new IOException("sandbox fault: connection dropped halfway through the answer");
        }
        out.write(bytes);
        out.close();
        exchange.close();
    }

    private static Instant instant(Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not an ISO 8601 date-time: " + value);
        }
    }

    private static Set<String> csv(String value) {
        return value == null || value.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(value.split(",")));
    }

    private static Map<String, String> query(String raw) {
        return form(raw);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isBlank()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Operation {
        Reply serve(Map<String, String> query, String body);
    }

    private record Route(UsagePlan plan, Operation operation) {
        Reply serve(Map<String, String> query, String body) {
            return operation.serve(query, body);
        }
    }
}
