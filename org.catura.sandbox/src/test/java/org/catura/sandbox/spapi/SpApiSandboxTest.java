package org.catura.sandbox.spapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox spoken to with plain HTTP, as any SP-API client would. */
class SpApiSandboxTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final MovableClock clock = MovableClock.at(Instant.parse("2026-03-02T12:00:00Z"));
    private SpApiSandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void loginChecksClientAndRefreshToken() throws Exception {
        SandboxSettings s = sandbox.settings();
        HttpResponse<String> wrong = login(s.clientId(), "nope", s.refreshToken());
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_client", json.readTree(wrong.body()).path("error").asText());
        HttpResponse<String> badGrant = login(s.clientId(), s.clientSecret(), "Atzr|other");
        assertEquals(400, badGrant.statusCode());
        assertEquals("invalid_grant", json.readTree(badGrant.body()).path("error").asText());
        JsonNode ok = json.readTree(login(s.clientId(), s.clientSecret(), s.refreshToken()).body());
        assertTrue(ok.path("access_token").asText().startsWith("Atza|"));
        assertEquals(3600, ok.path("expires_in").asInt());
    }

    @Test
    void marketplaceParticipationsAreServedInThePublishedShapeAndCanBeNarrowedOrDenied() throws Exception {
        String token = token();
        HttpResponse<String> all = get("/sellers/v1/marketplaceParticipations", token);
        assertEquals(200, all.statusCode(), all.body());
        JsonNode payload = json.readTree(all.body()).path("payload");
        assertEquals(9, payload.size(), all.body());
        JsonNode de = payload.get(0);
        assertEquals("A1PA6795UKMFR9", de.path("marketplace").path("id").asText());
        assertEquals("Amazon.de", de.path("marketplace").path("name").asText());
        assertEquals("DE", de.path("marketplace").path("countryCode").asText());
        assertEquals("EUR", de.path("marketplace").path("defaultCurrencyCode").asText());
        assertEquals("de_DE", de.path("marketplace").path("defaultLanguageCode").asText());
        assertEquals("www.amazon.de", de.path("marketplace").path("domainName").asText());
        assertTrue(de.path("participation").path("isParticipating").asBoolean());
        assertFalse(de.path("participation").path("hasSuspendedListings").asBoolean());
        assertEquals("Catura Sandbox Store", de.path("storeName").asText());

        sandbox.sellers().participateOnlyIn(List.of("A1PA6795UKMFR9"));
        JsonNode narrowed = json.readTree(get("/sellers/v1/marketplaceParticipations", token).body()).path("payload");
        assertEquals(9, narrowed.size(), "Amazon lists the marketplaces the seller could sell in");
        assertEquals(1, java.util.stream.StreamSupport.stream(narrowed.spliterator(), false)
                .filter(p -> p.path("participation").path("isParticipating").asBoolean()).count());

        sandbox.faults().deny(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS);
        HttpResponse<String> denied = get("/sellers/v1/marketplaceParticipations", token);
        assertEquals(403, denied.statusCode());
        assertEquals("Unauthorized", json.readTree(denied.body()).path("errors").get(0).path("code").asText());
        sandbox.faults().allow(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS);
        assertEquals(200, get("/sellers/v1/marketplaceParticipations", token).statusCode());
    }

    @Test
    void loginRefusalsCarryLwasOwnDescriptions() throws Exception {
        SandboxSettings s = sandbox.settings();
        JsonNode client = json.readTree(login("amzn1.application-oa2-client.other", s.clientSecret(), s.refreshToken())
                .body());
        assertEquals("Client authentication failed", client.path("error_description").asText());
        JsonNode grant = json.readTree(login(s.clientId(), s.clientSecret(), "Atzr|revoked").body());
        assertEquals("The request has an invalid grant parameter : refresh_token", grant.path("error_description").asText());
    }

    @Test
    void callsWithoutAValidTokenAreForbiddenWithAmazonsErrorBody() throws Exception {
        HttpResponse<String> none = get("/orders/2026-01-01/orders/302-1-1", null);
        assertEquals(403, none.statusCode());
        JsonNode error = json.readTree(none.body()).path("errors").get(0);
        assertEquals("Unauthorized", error.path("code").asText());

        String token = token();
        assertEquals(404, get("/orders/2026-01-01/orders/302-1-1", token).statusCode(), "valid token: order unknown");
        clock.advance(Duration.ofHours(2));
        HttpResponse<String> expired = get("/orders/2026-01-01/orders/302-1-1", token);
        assertEquals(403, expired.statusCode());
        assertTrue(expired.body().contains("expired"), expired.body());
    }

    @Test
    void searchEnforcesAmazonsParameterRules() throws Exception {
        String token = token();
        assertInvalid(get("/orders/2026-01-01/orders?lastUpdatedAfter=2026-03-02T10:00:00Z&lastUpdatedBefore=2026-03-02T11:59:00Z", token),
                "at least two minutes");
        assertInvalid(get("/orders/2026-01-01/orders?lastUpdatedBefore=2026-03-02T10:00:00Z", token), "Exactly one of");
        assertInvalid(get("/orders/2026-01-01/orders?createdAfter=2026-03-02T09:00:00Z&lastUpdatedAfter=2026-03-02T09:00:00Z", token),
                "Exactly one of");
        assertInvalid(get("/orders/2026-01-01/orders?lastUpdatedAfter=2026-03-02T10:00:00Z&maxResultsPerPage=101", token),
                "between 1 and 100");
        assertInvalid(get("/orders/2026-01-01/orders?lastUpdatedAfter=yesterday", token), "not an ISO 8601");
        assertInvalid(get("/orders/2026-01-01/orders?paginationToken=garbage", token), "paginationToken");
    }

    @Test
    void pagesAreDisjointAndCarryTheEffectiveUpperBound() throws Exception {
        sandbox.orders().generate(25, clock.instant().minus(Duration.ofHours(3)), clock.instant().minus(Duration.ofHours(1)));
        String token = token();
        JsonNode page1 = json.readTree(get("/orders/2026-01-01/orders?lastUpdatedAfter=2026-03-02T08:00:00Z&maxResultsPerPage=10", token).body());
        assertEquals(10, page1.path("orders").size());
        assertEquals("2026-03-02T11:58:00Z", page1.path("lastUpdatedBefore").asText(), "now minus two minutes");
        String next = page1.path("pagination").path("nextToken").asText();
        JsonNode page2 = json.readTree(get("/orders/2026-01-01/orders?paginationToken=" + next + "&maxResultsPerPage=10", token).body());
        JsonNode page3 = json.readTree(get("/orders/2026-01-01/orders?paginationToken="
                + page2.path("pagination").path("nextToken").asText(), token).body());
        assertEquals(5, page3.path("orders").size());
        assertTrue(page3.path("pagination").isMissingNode(), "no token on the last page");
        assertFalse(page1.path("orders").toString().contains(page2.path("orders").get(0).path("orderId").asText()));
    }

    @Test
    void datasetsAreOnlySentWhenAskedFor() throws Exception {
        String id = sandbox.orders().place(clock.instant().minus(Duration.ofHours(1)), EnumSet.of(SpecialCase.BUSINESS));
        String token = token();
        JsonNode bare = json.readTree(get("/orders/2026-01-01/orders/" + id, token).body()).path("order");
        assertTrue(bare.path("buyer").isMissingNode() && bare.path("fulfillment").isMissingNode());
        assertTrue(bare.path("orderItems").get(0).path("product").path("sellerSku").asText().startsWith("CAT-"));
        JsonNode full = json.readTree(get("/orders/2026-01-01/orders/" + id + "?includedData=BUYER,TAX,FULFILLMENT", token).body())
                .path("order");
        assertFalse(full.path("buyer").path("buyerCompanyName").asText().isBlank());
        assertEquals("VAT", full.path("tax").path("taxRegistrations").get(0).path("taxRegistrationType").asText());
        assertTrue(full.path("programs").toString().contains("AMAZON_BUSINESS"));
    }

    @Test
    void everySpecialCaseShowsInAmazonsFields() {
        Instant at = clock.instant().minus(Duration.ofHours(1));
        JsonNode gift = order(at, SpecialCase.GIFT);
        assertFalse(gift.at("/orderItems/0/fulfillment/packing/giftOption/giftMessage").asText().isBlank());
        assertTrue(gift.at("/proceeds/breakdowns").toString().contains("GIFT_WRAP"));
        assertTrue(order(at, SpecialCase.CUSTOMIZED).at("/orderItems/0/product/customization/customizedUrl").asText().endsWith(".zip"));
        assertEquals("BUYER", order(at, SpecialCase.CANCELLATION_REQUESTED)
                .at("/orderItems/0/cancellation/cancellationRequest/requester").asText());
        assertEquals("REPLACEMENT_ORIGINAL_ID", order(at, SpecialCase.REPLACEMENT).at("/associatedOrders/0/associationType").asText());
        assertEquals("0.00", order(at, SpecialCase.REPLACEMENT).at("/proceeds/grandTotal/amount").asText());
        JsonNode premium = order(at, SpecialCase.PREMIUM, SpecialCase.PRIME);
        assertTrue(premium.path("programs").toString().contains("PREMIUM") && premium.path("programs").toString().contains("PRIME"));
        assertEquals("NEXT_DAY", premium.at("/fulfillment/fulfillmentServiceLevel").asText());
        JsonNode checked = order(at, SpecialCase.SIGNATURE, SpecialCase.ID_CHECK);
        assertEquals("MANDATORY", checked.at("/orderItems/0/fulfillment/shipping/shippingConstraints/signatureConfirmation").asText());
        assertEquals("MANDATORY", checked.at("/orderItems/0/fulfillment/shipping/shippingConstraints/recipientIdentityVerification").asText());
        JsonNode fba = order(at, SpecialCase.FBA);
        assertEquals("AMAZON", fba.at("/fulfillment/fulfilledBy").asText());
        assertTrue(fba.at("/buyer/buyerEmail").isMissingNode(), "no buyer e-mail on FBA orders");
        assertTrue(order(at, SpecialCase.PREORDER).path("programs").toString().contains("PREORDER"));
        assertFalse(order(at, SpecialCase.DELIVERY_INSTRUCTIONS).at("/recipient/deliveryPreference/addressInstruction").asText().isBlank());
    }

    @Test
    void pendingOrdersBecomeUnshippedAndLateCancellationsHappenLater() {
        Instant placed = clock.instant().minus(Duration.ofMinutes(1));
        String pending = sandbox.orders().place(placed, EnumSet.of(SpecialCase.PENDING));
        String doomed = sandbox.orders().place(placed, EnumSet.of(SpecialCase.CANCELLED_LATER));
        assertEquals("PENDING", sandbox.orders().status(pending).orElseThrow());
        clock.advance(sandbox.settings().pendingFor());
        sandbox.orders().applyDueChanges();
        assertEquals("UNSHIPPED", sandbox.orders().status(pending).orElseThrow());
        assertEquals("UNSHIPPED", sandbox.orders().status(doomed).orElseThrow());
        clock.advance(sandbox.settings().cancelAfter());
        sandbox.orders().applyDueChanges();
        assertEquals("CANCELLED", sandbox.orders().status(doomed).orElseThrow());
        JsonNode cancelled = sandbox.orders().json(doomed).orElseThrow();
        assertEquals(placed.plus(sandbox.settings().cancelAfter()).toString(),
                Instant.parse(cancelled.path("lastUpdatedTime").asText()).toString(), "the change moved lastUpdatedTime");
    }

    @Test
    void theMixHasRepeatBuyersMarketplacesAndFba() {
        List<String> ids = sandbox.orders().generate(400, clock.instant().minus(Duration.ofDays(1)), clock.instant());
        Map<String, Integer> byEmail = new HashMap<>();
        Map<String, Integer> byMarketplace = new HashMap<>();
        int fba = 0;
        for (String id : ids) {
            JsonNode order = sandbox.orders().json(id).orElseThrow();
            String email = order.at("/buyer/buyerEmail").asText("");
            if (!email.isEmpty()) {
                byEmail.merge(email, 1, Integer::sum);
            }
            byMarketplace.merge(order.at("/salesChannel/marketplaceId").asText(), 1, Integer::sum);
            fba += "AMAZON".equals(order.at("/fulfillment/fulfilledBy").asText()) ? 1 : 0;
        }
        assertTrue(byEmail.values().stream().anyMatch(n -> n > 1), "some buyers come back");
        assertEquals(6, byMarketplace.size(), "DE, FR, IT, ES, UK and NL: " + byMarketplace);
        assertTrue(fba > 10 && fba < 80, "about a tenth fulfilled by Amazon, got " + fba);
    }

    /** The ERP demo catalogue's SKUs (DemoCatalogue.PRODUCTS of org.catura.erp.embedded), as data. */
    private static final java.util.Set<String> ERP_SKUS = java.util.Set.of("CAT-MUG-001", "CAT-MUG-002", "CAT-TEE-001",
            "CAT-HOOD-001", "CAT-BOOK-001", "CAT-CAP-001", "CAT-LAMP-001", "CAT-KETTLE-001", "CAT-POT-001", "CAT-RUG-001",
            "CAT-CHAIR-001", "CAT-DESK-001");
    private static final Map<String, String> STANDARD_VAT = Map.of("DE", "19", "FR", "20", "IT", "22", "ES", "21",
            "NL", "21", "GB", "20");

    @Test
    void ordersSellTheErpCatalogueWithVatOfTheShipToCountryAndAFewUnknownSkus() {
        assertEquals(ERP_SKUS, new java.util.HashSet<>(SandboxCatalogue.PRODUCTS.stream().map(p -> p.sku()).toList()));
        List<String> ids = sandbox.orders().generate(600, clock.instant().minus(Duration.ofDays(1)), clock.instant());
        int unknown = 0;
        int books = 0;
        java.util.Set<String> sold = new java.util.HashSet<>();
        for (String id : ids) {
            JsonNode order = sandbox.orders().json(id).orElseThrow();
            String country = order.at("/recipient/deliveryAddress/countryCode").asText();
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            boolean hasUnknown = false;
            for (JsonNode item : order.path("orderItems")) {
                String sku = item.at("/product/sellerSku").asText();
                sold.add(sku);
                hasUnknown |= !ERP_SKUS.contains(sku);
                Map<String, java.math.BigDecimal> parts = new HashMap<>();
                for (JsonNode b : item.at("/proceeds/breakdowns")) {
                    if (!"TAX".equals(b.path("type").asText())) {
                        parts.put(b.path("type").asText(), new java.math.BigDecimal(b.at("/subtotal/amount").asText()));
                        sum = sum.add(new java.math.BigDecimal(b.at("/subtotal/amount").asText()));
                    } else {
                        for (JsonNode d : b.path("detailedBreakdowns")) {
                            parts.put("TAX_" + d.path("subtype").asText(), new java.math.BigDecimal(d.at("/value/amount").asText()));
                        }
                    }
                }
                String rate = "CAT-BOOK-001".equals(sku) ? "7" : STANDARD_VAT.get(country);
                books += "CAT-BOOK-001".equals(sku) ? 1 : 0;
                assertTrue(!"CAT-BOOK-001".equals(sku) || "DE".equals(country), "books only where a reduced rate is known");
                assertEquals(vat(parts.get("ITEM"), rate), parts.get("TAX_ITEM"), id + " " + sku + " in " + country);
                if (parts.containsKey("SHIPPING")) {
                    assertEquals(vat(parts.get("SHIPPING"), STANDARD_VAT.get(country)), parts.get("TAX_SHIPPING"), id);
                }
                if (parts.containsKey("GIFT_WRAP")) {
                    assertEquals(vat(parts.get("GIFT_WRAP"), rate), parts.get("TAX_GIFT_WRAP"), id + " gift wrap like its item");
                }
            }
            assertEquals(0, sum.compareTo(new java.math.BigDecimal(order.at("/proceeds/grandTotal/amount").asText())),
                    "the gross amounts add up to the grand total of " + id);
            unknown += hasUnknown ? 1 : 0;
        }
        assertTrue(sold.containsAll(ERP_SKUS), "every catalogue product sells: " + sold);
        assertTrue(books > 0, "the reduced-rate book sells in Germany");
        assertTrue(unknown > 0 && unknown < 40, "a small share of orders carries an unknown SKU, got " + unknown);
    }

    private static java.math.BigDecimal vat(java.math.BigDecimal gross, String rate) {
        java.math.BigDecimal r = new java.math.BigDecimal(rate);
        return gross.multiply(r).divide(java.math.BigDecimal.valueOf(100).add(r), 2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void theTwoMinuteRuleShrinksWithTimeCompression() throws Exception {
        try (SpApiSandbox fast = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false)
                .withTimeCompression(60), clock).start()) {
            String token = tokenFrom(fast);
            HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(fast.endpoint()
                    + "/orders/2026-01-01/orders?lastUpdatedAfter=2026-03-02T10:00:00Z&lastUpdatedBefore=2026-03-02T11:59:57Z"))
                    .header("x-amz-access-token", token).GET().build());
            assertEquals(200, ok.statusCode(), "two minutes / 60 = 2 s: 3 s in the past is enough");
            HttpResponse<String> late = send(HttpRequest.newBuilder(URI.create(fast.endpoint()
                    + "/orders/2026-01-01/orders?lastUpdatedAfter=2026-03-02T10:00:00Z&lastUpdatedBefore=2026-03-02T11:59:59Z"))
                    .header("x-amz-access-token", token).GET().build());
            assertEquals(400, late.statusCode());
        }
    }

    @Test
    void sameSeedSameOrders() throws IOException {
        Instant from = clock.instant().minus(Duration.ofHours(2));
        List<String> first = sandbox.orders().generate(20, from, clock.instant());
        try (SpApiSandbox twin = new SpApiSandbox(SandboxSettings.defaults(), clock).start()) {
            assertEquals(first, twin.orders().generate(20, from, clock.instant()));
        }
    }

    @Test
    void quotasAnswer429QuotaExceededWithoutRateHeader() throws Exception {
        try (SpApiSandbox strict = new SpApiSandbox(SandboxSettings.defaults(), clock).start()) {
            String token = tokenFrom(strict);
            int ok = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 21; i++) {
                last = send(HttpRequest.newBuilder(URI.create(strict.endpoint() + "/orders/2026-01-01/orders?lastUpdatedAfter=2026-03-02T08:00:00Z"))
                        .header("x-amz-access-token", token).GET().build());
                if (last.statusCode() == 200) {
                    ok++;
                    assertEquals("0.0056", last.headers().firstValue("x-amzn-RateLimit-Limit").orElse(""));
                }
            }
            assertEquals(20, ok, "the burst of searchOrders is 20");
            assertEquals(429, last.statusCode());
            assertEquals("QuotaExceeded", json.readTree(last.body()).at("/errors/0/code").asText());
            assertTrue(last.headers().firstValue("x-amzn-RateLimit-Limit").isEmpty());
        }
    }

    @Test
    void confirmShipmentValidatesTheOrderAndItsItemsAsAmazonDoes() throws Exception {
        JsonNode order = order(clock.instant().minus(Duration.ofHours(1)));
        String id = order.path("orderId").asText();
        String item = order.at("/orderItems/0/orderItemId").asText();
        String token = token();

        HttpResponse<String> unknown = confirm("999-0000000-0000000", confirmation(order, "1", item, 1), token);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("NotFound", json.readTree(unknown.body()).at("/errors/0/code").asText());
        assertInvalid(confirm(id, confirmation(order, "1", "no-such-item", 1), token),
                "orderItemId no-such-item is not an item of order " + id);
        assertInvalid(confirm(id, confirmation(order, "1", item, 1).replace("\"packageReferenceId\":\"1\"",
                "\"packageReferenceId\":1"), token), "invalid type [packageDetail.packageReferenceId]");
        assertInvalid(confirm(id, confirmation(order, "1", item, 1).replace("\"carrierCode\":\"DHL\"",
                "\"carrierCode\":\"Other\""), token), "carrierName is required");
        assertTrue(sandbox.orders().packages(id).isEmpty(), "nothing refused is applied");

        assertEquals(204, confirm(id, confirmation(order, "1", item, 1), token).statusCode());
        assertEquals(1, sandbox.orders().packages(id).size());
    }

    @Test
    void aPackageReferenceSentAgainEditsThatPackageInsteadOfShippingTwice() throws Exception {
        JsonNode order = order(clock.instant().minus(Duration.ofHours(1)));
        String id = order.path("orderId").asText();
        String item = order.at("/orderItems/0/orderItemId").asText();
        int ordered = order.at("/orderItems/0/quantityOrdered").asInt();
        String token = token();

        assertEquals(204, confirm(id, confirmation(order, "7", everything(order)), token).statusCode());
        HttpResponse<String> again = confirm(id, confirmation(order, "7", everything(order))
                .replace("00340434161094042557", "00340434161094049999"), token);

        assertEquals(204, again.statusCode(), "Amazon edits the package sent under the same reference");
        List<JsonNode> packages = sandbox.orders().packages(id);
        assertEquals(1, packages.size(), packages.toString());
        assertEquals("00340434161094049999", packages.get(0).path("trackingNumber").asText());
        assertEquals(ordered, packages.get(0).at("/packageItems/0/quantity").asInt(), "the quantity is not doubled");
        assertEquals("SHIPPED", sandbox.orders().status(id).orElseThrow());
        assertInvalid(confirm(id, confirmation(order, "8", item, 1), token), "cannot be confirmed");
    }

    /** A confirmation of one package holding {@code items} (orderItemId, quantity, ...) of the order. */
    private String confirmation(JsonNode order, String reference, Object... items) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items.length; i += 2) {
            list.append(i == 0 ? "" : ",").append("{\"orderItemId\":\"").append(items[i]).append("\",\"quantity\":")
                    .append(items[i + 1]).append('}');
        }
        return "{\"marketplaceId\":\"" + order.at("/salesChannel/marketplaceId").asText()
                + "\",\"packageDetail\":{\"packageReferenceId\":\"" + reference
                + "\",\"carrierCode\":\"DHL\",\"trackingNumber\":\"00340434161094042557\","
                + "\"shipDate\":\"2026-03-02T10:00:00Z\",\"orderItems\":[" + list + "]}}";
    }

    /** Every item of the order, in full. */
    private static Object[] everything(JsonNode order) {
        List<Object> items = new java.util.ArrayList<>();
        for (JsonNode item : order.path("orderItems")) {
            items.add(item.path("orderItemId").asText());
            items.add(item.path("quantityOrdered").asInt());
        }
        return items.toArray();
    }

    private HttpResponse<String> confirm(String orderId, String body, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/orders/v0/orders/" + orderId
                + "/shipmentConfirmation")).header("x-amz-access-token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode order(Instant at, SpecialCase... cases) {
        EnumSet<SpecialCase> set = EnumSet.noneOf(SpecialCase.class);
        set.addAll(List.of(cases));
        return sandbox.orders().json(sandbox.orders().place(at, set)).orElseThrow();
    }

    private void assertInvalid(HttpResponse<String> response, String fragment) throws IOException {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = json.readTree(response.body()).path("errors").get(0);
        assertEquals("InvalidInput", error.path("code").asText());
        assertTrue(error.path("message").asText().contains(fragment), error.path("message").asText());
    }

    private String token() throws Exception {
        return tokenFrom(sandbox);
    }

    private String tokenFrom(SpApiSandbox target) throws Exception {
        SandboxSettings s = target.settings();
        HttpResponse<String> response = send(HttpRequest.newBuilder(target.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                        + java.net.URLEncoder.encode(s.refreshToken(), StandardCharsets.UTF_8) + "&client_id="
                        + s.clientId() + "&client_secret=" + s.clientSecret()))
                .build());
        return json.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> login(String clientId, String secret, String refreshToken) throws Exception {
        return send(HttpRequest.newBuilder(sandbox.tokenUrl())
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                        + java.net.URLEncoder.encode(refreshToken, StandardCharsets.UTF_8) + "&client_id=" + clientId
                        + "&client_secret=" + secret))
                .build());
    }

    private HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + pathAndQuery)).GET();
        if (token != null) {
            request.header("x-amz-access-token", token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
