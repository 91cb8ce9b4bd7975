package org.catura.amazon.plugin.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.catura.amazon.plugin.spapi.invoker.ApiException;
import org.catura.amazon.plugin.spapi.invoker.ApiResponse;
import org.catura.amazon.plugin.spapi.invoker.Pair;

/**
 * A GET whose JSON answer we keep as text. Used for the order reads: each order is stored as
 * Amazon sent it (fields our model does not know included), and a malformed order is read on
 * its own instead of failing the whole page, which the generated typed call would do.
 * Query pairs come from the generated client's own encoding helpers.
 */
final class RawJsonGet {

    private final HttpClient http;
    private final String baseUri;
    private final Duration timeout;
    private final Consumer<HttpRequest.Builder> interceptor;

    RawJsonGet(HttpClient http, String baseUri, Duration timeout, Consumer<HttpRequest.Builder> interceptor) {
        this.http = http;
        this.baseUri = baseUri;
        this.timeout = timeout;
        this.interceptor = interceptor;
    }

    ApiResponse<String> get(String operationId, String path, List<Pair> query) throws ApiException {
        StringJoiner joined = new StringJoiner("&");
        query.forEach(p -> joined.add(p.getName() + '=' + p.getValue()));
        String uri = baseUri + path + (joined.length() == 0 ? "" : "?" + joined);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Accept", "application/json")
                .timeout(timeout)
                .GET();
        interceptor.accept(request);
        // HttpRequest.timeout covers the headers only; a body that stops halfway must not hang the import
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(response.statusCode(),
                        operationId + " call failed with: " + response.statusCode(), response.headers(),
                        response.body());
            }
            return new ApiResponse<>(response.statusCode(), response.headers().map(), response.body());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IOException ? e.getCause() : new IOException(e.getCause());
            throw new ApiException(cause);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new ApiException(new IOException("no complete answer within " + timeout.toSeconds() + " s"));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(e);
        }
    }
}
