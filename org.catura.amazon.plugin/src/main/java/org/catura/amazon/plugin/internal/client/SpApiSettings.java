package org.catura.amazon.plugin.internal.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to call the SP-API.
 *
 * @param endpoint        regional base URL, e.g. {@code https://sellingpartnerapi-eu.amazon.com}, or the sandbox
 * @param tokenUrl        LWA token endpoint, {@code https://api.amazon.com/auth/o2/token} in production
 * @param timeCompression 1 for real time; larger makes the usage plans proportionally faster (sandbox runs)
 * @param refreshAhead    how long before expiry the access token is renewed
 */
public record SpApiSettings(URI endpoint, URI tokenUrl, LwaCredentials credentials, double timeCompression,
        RetryPolicy retry, Duration refreshAhead, Duration requestTimeout) {

    public static final URI AMAZON_TOKEN_URL = URI.create("https://api.amazon.com/auth/o2/token");

    public SpApiSettings {
        Objects.requireNonNull(endpoint, "SP-API endpoint");
        Objects.requireNonNull(tokenUrl, "LWA token URL");
        Objects.requireNonNull(credentials, "LWA credentials");
        Objects.requireNonNull(retry, "retry policy");
        if (timeCompression <= 0) {
            throw new IllegalArgumentException("time compression must be > 0, got " + timeCompression);
        }
        String base = endpoint.toString();
        if (base.endsWith("/")) {
            endpoint = URI.create(base.substring(0, base.length() - 1));
        }
    }

    /** Production defaults: real time, 60 s refresh-ahead, 30 s request timeout. */
    public static SpApiSettings of(URI endpoint, URI tokenUrl, LwaCredentials credentials) {
        return new SpApiSettings(endpoint, tokenUrl, credentials, 1.0, RetryPolicy.DEFAULT, Duration.ofSeconds(60),
                Duration.ofSeconds(30));
    }

    public SpApiSettings withTimeCompression(double factor) {
        return new SpApiSettings(endpoint, tokenUrl, credentials, factor, retry, refreshAhead, requestTimeout);
    }

    public SpApiSettings withRetry(RetryPolicy policy) {
        return new SpApiSettings(endpoint, tokenUrl, credentials, timeCompression, policy, refreshAhead,
                requestTimeout);
    }

    public SpApiSettings withRefreshAhead(Duration ahead) {
        return new SpApiSettings(endpoint, tokenUrl, credentials, timeCompression, retry, ahead, requestTimeout);
    }
}
