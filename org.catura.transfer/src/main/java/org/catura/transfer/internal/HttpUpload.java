package org.catura.transfer.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferFile;
import org.catura.transfer.api.TransferRejectedException;

/**
 * One POST or PUT per file with the JDK's client. 2xx is success; 429 and 5xx are passing (the
 * outbox tries again); any other answer is a refusal for good, with the start of the body the
 * server sent, which usually says what it did not like. The idempotency key goes along as
 * {@code Idempotency-Key}, so a receiver that knows the header ignores a resend.
 */
final class HttpUpload {

    private static final int BODY_SHOWN = 500;

    private final HttpClient client;

    HttpUpload(HttpClient client) {
        this.client = client;
    }

    static HttpClient defaultClient() {
        // one connect timeout for all; the request timeout comes from each endpoint
        return HttpClient.newBuilder().connectTimeout(Endpoint.DEFAULT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void upload(Endpoint endpoint, String idempotencyKey, TransferFile file) {
        URI uri = URI.create(endpoint.path().replace("{name}",
                URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20")));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(endpoint.timeout())
                .method(endpoint.httpMethod(), HttpRequest.BodyPublishers.ofByteArray(file.content()))
                .header("Content-Type", file.contentType())
                .header("Idempotency-Key", idempotencyKey);
        for (Map.Entry<String, String> h : endpoint.headers().entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        if (!endpoint.secret().isEmpty()) {
            request.header("Authorization", endpoint.user().isEmpty() ? "Bearer " + endpoint.secret()
                    : "Basic " + Base64.getEncoder().encodeToString(
                            (endpoint.user() + ":" + endpoint.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TransferFailedException("Sending " + file.name() + " to " + endpoint + " failed: "
                    + Messages.of(e, endpoint) + "; it is tried again", Messages.safeCause(e, endpoint));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferFailedException("Sending " + file.name() + " to " + endpoint + " was interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String answer = "HTTP " + status + body(response, endpoint);
        if (status == 429 || status >= 500) {
            throw new TransferFailedException(endpoint + " answered " + answer + " for " + file.name()
                    + "; it is tried again");
        }
        throw new TransferRejectedException(endpoint + " refused " + file.name() + ": " + answer
                + (status == 401 || status == 403 ? "; check the credentials configured for it" : "")
                + "; sending it again unchanged will not help");
    }

    private static String body(HttpResponse<String> response, Endpoint endpoint) {
        String body = response.body() == null ? "" : response.body().strip();
        if (body.isEmpty()) {
            return "";
        }
        String shown = body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "…" : body;
        return ": " + Messages.mask(shown, endpoint);
    }
}
