package org.catura.sandbox.carrier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /parcel/de/shipping/v2/orders} as DHL answers it: the API key and the GKP login
 * first (401), then the planned or drawn fault, then the body (400 with validationMessages, 207
 * when only some shipments of several are valid, 200 with a shipment number and label each).
 */
final class DhlOrdersHandler implements HttpHandler {

    static final String PATH = "/parcel/de/shipping/v2/orders";

    private final DhlSandboxSettings settings;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final DhlSandboxFaults faults;
    private final List<DhlSandboxCall> calls;
    private final List<DhlSandboxShipment> shipments;
    private final AtomicLong nextNumber;

    DhlOrdersHandler(DhlSandboxSettings settings, Clock clock, DhlSandboxFaults faults, List<DhlSandboxCall> calls,
            List<DhlSandboxShipment> shipments) {
        this.settings = settings;
        this.clock = clock;
        this.faults = faults;
        this.calls = calls;
        this.shipments = shipments;
        this.nextNumber = new AtomicLong(new Random(settings.seed()).nextInt(50_000_000));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        DhlSandboxFault fault = null;
        Answer answer;
        try {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                answer = status(404, "Not Found", "No resource at " + exchange.getRequestURI().getPath());
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                answer = status(405, "Method Not Allowed", "Only POST creates shipments here");
            } else if (!settings.apiKey().equals(exchange.getRequestHeaders().getFirst("dhl-api-key"))) {
                answer = status(401, "Unauthorized", "Invalid or missing API key (header dhl-api-key)");
            } else if (!basic().equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer = status(401, "Unauthorized", "Unauthorized for given resource: wrong user or password");
            } else {
                fault = faults.draw();
                answer = switch (fault == null ? "" : fault.name()) {
                    case "THROTTLE" -> status(429, "Too Many Requests", "Rate limit exceeded");
                    case "SERVER_ERROR" -> status(500, "Internal Server Error", "Internal error");
                    default -> orders(body, exchange.getRequestURI().getRawQuery());
                };
            }
        } catch (RuntimeException e) {
            answer = status(500, "Internal Server Error", "Sandbox failure: " + e);
        }
        if (fault == DhlSandboxFault.LATE) {
            sleep();
        }
        String text = answer.body;
        if (fault == DhlSandboxFault.MALFORMED && answer.status == 200) {
            text = text.substring(0, text.length() / 2);
        }
        calls.add(new DhlSandboxCall(clock.instant(), exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), answer.status, fault, body));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (answer.status == 429) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        try {
            exchange.sendResponseHeaders(answer.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up waiting (a late answer); the shipment exists all the same, as at DHL
        } finally {
            exchange.close();
        }
    }

    private record Answer(int status, String body) {
    }

    private Answer orders(String body, String query) {
        String docFormat = queryParameter(query, "docFormat");
        if (docFormat != null && !docFormat.equals("PDF")) {
            return status(400, "Bad Request", "The sandbox makes labels as PDF only, not " + docFormat);
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JsonProcessingException e) {
            return status(400, "Bad Request", "The request body is no valid JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.path("profile").isTextual() || request.get("profile").asText().isBlank()) {
            return status(400, "Bad Request", "The profile must not be empty");
        }
        JsonNode list = request.path("shipments");
        if (!list.isArray() || list.isEmpty()) {
            return status(400, "Bad Request", "The request holds no shipments");
        }
        DhlOrderValidation validation = new DhlOrderValidation(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
        ArrayNode items = json.createArrayNode();
        int failed = 0;
        List<DhlSandboxShipment> created = new ArrayList<>();
        for (JsonNode shipment : list) {
            List<DhlOrderValidation.Message> messages = validation.check(shipment);
            ObjectNode item = items.addObject();
            if (!messages.isEmpty()) {
                failed++;
                item.putObject("sstatus").put("title", "Bad Request").put("statusCode", 400);
                if (shipment.hasNonNull("refNo")) {
                    item.put("shipmentRefNo", shipment.get("refNo").asText());
                }
                ArrayNode out = item.putArray("validationMessages");
                for (DhlOrderValidation.Message m : messages) {
                    out.addObject().put("property", m.property()).put("validationMessage", m.text())
                            .put("validationState", "Error");
                }
                continue;
            }
            DhlSandboxShipment made = create(shipment);
            created.add(made);
            item.put("shipmentNo", made.shipmentNo());
            item.putObject("sstatus").put("title", "OK").put("statusCode", 200);
            if (made.refNo() != null) {
                item.put("shipmentRefNo", made.refNo());
            }
            item.put("routingCode", "40327653113+99000933090010");
            item.putObject("label").put("b64", Base64.getEncoder().encodeToString(label(made)))
                    .put("fileFormat", "PDF").put("printFormat", "910-300-700");
        }
        shipments.addAll(created);
        int status = failed == 0 ? 200 : failed == list.size() ? 400 : 207;
        ObjectNode answer = json.createObjectNode();
        ObjectNode head = answer.putObject("status");
        head.put("title", status == 200 ? "OK" : status == 207 ? "Multi-status" : "Bad Request")
                .put("statusCode", status).put("instance", PATH)
                .put("detail", status == 200 ? "The Shipment has been created."
                        : "An error occurred during the request processing. See the validation messages for details.");
        answer.set("items", items);
        return new Answer(status, answer.toString());
    }

    private DhlSandboxShipment create(JsonNode shipment) {
        String number = String.format("0034%08d", nextNumber.incrementAndGet() % 100_000_000);
        JsonNode consignee = shipment.path("consignee");
        return new DhlSandboxShipment(number, shipment.path("refNo").asText(null), shipment.get("product").asText(),
                shipment.get("billingNumber").asText(), consignee.path("name1").asText(),
                consignee.path("country").asText(), DhlOrderValidation.grams(shipment.path("details").path("weight")));
    }

    private static byte[] label(DhlSandboxShipment shipment) {
        return SandboxLabelPdf.of(List.of("DHL Paket - SANDBOX, not for shipping", "Product " + shipment.product(),
                "Shipment no. " + shipment.shipmentNo(), "Ref. " + (shipment.refNo() == null ? "-" : shipment.refNo()),
                "To: " + shipment.consigneeName() + " (" + shipment.consigneeCountry() + ")",
                "Weight " + shipment.weightGrams() + " g"));
    }

    private Answer status(int status, String title, String detail) {
        ObjectNode answer = json.createObjectNode();
        answer.putObject("status").put("title", title).put("statusCode", status).put("instance", PATH)
                .put("detail", detail);
        return new Answer(status, answer.toString());
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void sleep() {
        try {
            Thread.sleep(settings.lateBy().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
