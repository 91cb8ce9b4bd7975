package org.catura.amazon.plugin.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps an LWA access token: exchanges the refresh token at the token endpoint, caches the
 * access token and renews it {@code refreshAhead} before it expires. Under concurrency exactly
 * one thread refreshes; the others wait for its result.
 */
final class LwaTokenManager {

    private final URI tokenUrl;
    private final LwaCredentials credentials;
    private final HttpClient http;
    private final TimeSource time;
    private final Duration refreshAhead;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile AccessToken current;
    private volatile int refreshCount;

    public LwaTokenManager(URI tokenUrl, LwaCredentials credentials, HttpClient http, TimeSource time,
            Duration refreshAhead, Duration timeout) {
        this.tokenUrl = tokenUrl;
        this.credentials = credentials;
        this.http = http;
        this.time = time;
        this.refreshAhead = refreshAhead;
        this.timeout = timeout;
    }

    /** A valid access token, fetching a new one when none is cached or it is about to expire. */
    public String accessToken() {
        AccessToken token = current;
        if (token != null && token.validAt(time.now(), refreshAhead)) {
            return token.value();
        }
        refreshing.lock();
        try {
            token = current;
            if (token != null && token.validAt(time.now(), refreshAhead)) {
                return token.value();
            }
            current = fetch();
            refreshCount++;
            return current.value();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Amazon rejected {@code rejected}: forget it so the next call logs in again. A token
     * refreshed meanwhile by another thread is kept.
     */
    public void invalidate(String rejected) {
        refreshing.lock();
        try {
            AccessToken token = current;
            if (token != null && token.value().equals(rejected)) {
                current = null;
            }
        } finally {
            refreshing.unlock();
        }
    }

    /** How many tokens were fetched so far. */
    public int refreshCount() {
        return refreshCount;
    }

    private AccessToken fetch() {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + encode(credentials.refreshToken())
                + "&client_id=" + encode(credentials.clientId())
                + "&client_secret=" + encode(credentials.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LwaException("LWA token endpoint " + tokenUrl + " unreachable: " + e, 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LwaException("interrupted while logging in at " + tokenUrl, 0, e);
        }
        Instant issuedAt = time.now();
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw new LwaException("LWA login for client " + credentials.clientId() + " refused: HTTP "
                    + response.statusCode() + " " + body.path("error").asText("(no error code)") + ": "
                    + body.path("error_description").asText("(no description)"), response.statusCode(),
                    body.path("error").asText(null), null);
        }
        String accessToken = body.path("access_token").asText("");
        long expiresIn = body.path("expires_in").asLong(0);
        if (accessToken.isBlank() || expiresIn <= 0) {
            throw new LwaException("LWA answered without access_token or expires_in", response.statusCode(), null);
        }
        return new AccessToken(accessToken, issuedAt.plusSeconds(expiresIn));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record AccessToken(String value, Instant expiresAt) {
        boolean validAt(Instant now, Duration refreshAhead) {
            return now.isBefore(expiresAt.minus(refreshAhead));
        }
    }
}
