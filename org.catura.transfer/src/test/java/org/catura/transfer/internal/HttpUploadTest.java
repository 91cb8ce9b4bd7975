package org.catura.transfer.internal;

import static org.catura.transfer.internal.SftpTransferTest.assertNoSecretIn;
import static org.catura.transfer.internal.SftpTransferTest.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One request per file to a real HTTP server on localhost (the JDK's). */
class HttpUploadTest {

    record Received(String method, String path, String contentType, String idempotencyKey, String authorization,
            String apiKey, String body) {
    }

    HttpServer server;
    final List<Received> received = new ArrayList<>();
    final AtomicInteger status = new AtomicInteger(201);
    volatile String answer = "";
    final HttpUpload http = new HttpUpload(HttpUpload.defaultClient());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var h = exchange.getRequestHeaders();
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        h.getFirst("Content-Type"), h.getFirst("Idempotency-Key"), h.getFirst("Authorization"),
                        h.getFirst("X-Api-Key"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aPostCarriesTheFileItsTypeTheKeyTheHeadersAndABasicLogin() {
        Endpoint carrier = Endpoint.http("POST", url("/shipments")).withCredentials("shop", "Basic-Secret-1")
                .withHeader("X-Api-Key", "key-123456");

        http.upload(carrier, "ship:4711", csv("4711.csv", "4711;2.5"));

        Received r = received.get(0);
        assertEquals("POST", r.method());
        assertEquals("/shipments", r.path());
        assertEquals("text/csv", r.contentType());
        assertEquals("ship:4711", r.idempotencyKey());
        assertEquals("key-123456", r.apiKey());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("shop:Basic-Secret-1".getBytes(StandardCharsets.UTF_8)),
                r.authorization());
        assertEquals("4711;2.5", r.body());
    }

    @Test
    void aPutGoesToTheUrlWithTheFileNameAndABearerTokenWithoutAUser() {
        Endpoint store = Endpoint.http("PUT", url("/files/{name}")).withCredentials("", "token-abc");

        http.upload(store, "inv:1", csv("Rechnung 1.csv", "x"));

        assertEquals("PUT", received.get(0).method());
        assertEquals("/files/Rechnung%201.csv", received.get(0).path());
        assertEquals("Bearer token-abc", received.get(0).authorization());
    }

    @Test
    void a400IsAPermanentRefusalThatQuotesTheServersAnswer() {
        status.set(400);
        answer = "{\"error\":\"unknown service code EXPRES\"}";
        Endpoint carrier = Endpoint.http("POST", url("/shipments?apikey=Query-Secret-9")).withCredentials("shop", "Pw-77");

        TransferRejectedException e = assertThrows(TransferRejectedException.class,
                () -> http.upload(carrier, "ship:1", csv("1.csv", "x")));

        assertTrue(e.getMessage().contains("HTTP 400: {\"error\":\"unknown service code EXPRES\"}"), e.getMessage());
        assertTrue(e.getMessage().contains("will not help"), e.getMessage());
        assertFalse(e.retryable());
        assertNoSecretIn(e, "Query-Secret-9");
        assertNoSecretIn(e, "Pw-77");
    }

    @Test
    void a503AndA429AreRetried() {
        Endpoint carrier = Endpoint.http("POST", url("/shipments"));
        status.set(503);
        TransferFailedException unavailable = assertThrows(TransferFailedException.class,
                () -> http.upload(carrier, "ship:2", csv("2.csv", "x")));
        status.set(429);
        TransferFailedException tooMany = assertThrows(TransferFailedException.class,
                () -> http.upload(carrier, "ship:2", csv("2.csv", "x")));
        status.set(200);
        http.upload(carrier, "ship:2", csv("2.csv", "x"));

        assertTrue(unavailable.getMessage().contains("HTTP 503"), unavailable.getMessage());
        assertTrue(tooMany.getMessage().contains("HTTP 429"), tooMany.getMessage());
        assertEquals(3, received.size());
    }

    @Test
    void aServerThatIsNotListeningIsRetryable() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        Endpoint nobody = Endpoint.http("POST", "http://127.0.0.1:" + free + "/x").withTimeout(Duration.ofSeconds(2));

        TransferFailedException e = assertThrows(TransferFailedException.class,
                () -> http.upload(nobody, "ship:3", csv("3.csv", "x")));
        assertTrue(e.getMessage().contains("tried again"), e.getMessage());
    }
}
