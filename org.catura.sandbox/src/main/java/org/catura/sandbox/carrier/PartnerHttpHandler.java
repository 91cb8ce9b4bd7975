package org.catura.sandbox.carrier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /inbound} or {@code /inbound/<name>}: a transmission as the body, as the product's
 * HTTP channel sends it ({@code Authorization: Bearer <token>} or {@code Basic user:password},
 * {@code Idempotency-Key}). 202 taken, 200 a repeated key, 400 unreadable (recorded, not
 * answered), 401 wrong login, 405 another method, 413 too large.
 */
final class PartnerHttpHandler implements HttpHandler {

    private static final int MAX_BODY = 10 * 1024 * 1024;

    /** Takes what arrived; the simulator's {@code receive}. */
    interface Receiver {
        ReceivedTransmission receive(PartnerInbound via, String name, String idempotencyKey, String contentType,
                byte[] content);
    }

    private final FulfilmentPartnerSettings settings;
    private final Receiver receiver;

    PartnerHttpHandler(FulfilmentPartnerSettings settings, Receiver receiver) {
        this.settings = settings;
        this.receiver = receiver;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!path.equals(FulfilmentPartnerSimulator.HTTP_PATH)
                    && !path.startsWith(FulfilmentPartnerSimulator.HTTP_PATH + "/")) {
                answer(exchange, 404, "{\"error\":\"POST to " + FulfilmentPartnerSimulator.HTTP_PATH + "/<name>\"}");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                answer(exchange, 405, "{\"error\":\"POST the transmission\"}");
                return;
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"partner\"");
                answer(exchange, 401, "{\"error\":\"Wrong or missing login (Bearer token or Basic user:password)\"}");
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, 413, "{\"error\":\"More than 10 MB\"}");
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            ReceivedTransmission t = receiver.receive(PartnerInbound.HTTP, name(exchange, key), key,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            if (t.rejected()) {
                answer(exchange, 400, "{\"error\":" + quote(t.rejectedReason()) + "}");
            } else if (t.shipments().isEmpty()) {
                answer(exchange, 200, "{\"status\":\"already received\"}");
            } else {
                StringBuilder refs = new StringBuilder();
                for (PartnerShipment s : t.shipments()) {
                    refs.append(refs.isEmpty() ? "" : ",").append(quote(s.reference()));
                }
                answer(exchange, 202, "{\"status\":\"received\",\"references\":[" + refs + "]}");
            }
        }
    }

    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return FulfilmentPartnerSimulator.same(settings.bearerToken(), header.substring(7).strip());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String login;
            try {
                login = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = login.indexOf(':');
            return colon > 0 && FulfilmentPartnerSimulator.same(settings.user(), login.substring(0, colon))
                    & FulfilmentPartnerSimulator.same(settings.password(), login.substring(colon + 1));
        }
        return false;
    }

    private static String name(HttpExchange exchange, String key) {
        String path = exchange.getRequestURI().getRawPath();
        String rest = path.length() > FulfilmentPartnerSimulator.HTTP_PATH.length()
                ? path.substring(FulfilmentPartnerSimulator.HTTP_PATH.length() + 1) : "";
        if (!rest.isEmpty()) {
            return URLDecoder.decode(rest, StandardCharsets.UTF_8);
        }
        return key == null ? "http-post" : key;
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
