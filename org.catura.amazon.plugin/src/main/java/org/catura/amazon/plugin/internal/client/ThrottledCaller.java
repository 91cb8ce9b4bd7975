package org.catura.amazon.plugin.internal.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.catura.amazon.plugin.spapi.invoker.ApiException;
import org.catura.amazon.plugin.spapi.invoker.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one SP-API call: waits for the operation's token bucket, retries 429 and 5xx with
 * backoff and jitter, logs in again once when Amazon rejects the access token, and turns a final
 * failure into an {@link SpApiException} naming operation, status and Amazon's errors.
 */
final class ThrottledCaller {

    static final String RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit";
    private static final Logger LOG = LoggerFactory.getLogger(ThrottledCaller.class);

    @FunctionalInterface
    interface Attempt<T> {
        ApiResponse<T> run() throws ApiException;
    }

    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final LwaTokenManager tokens;
    private final TimeSource time;
    private final RandomGenerator random;
    private final ObjectMapper json;
    private final SpApiStatistics statistics;
    // the generated client builds the request inside attempt.run(): its interceptor reads the token here
    private final ThreadLocal<String> attemptToken = new ThreadLocal<>();

    ThrottledCaller(RateLimiter limiter, RetryPolicy retry, LwaTokenManager tokens, TimeSource time,
            RandomGenerator random, ObjectMapper json, SpApiStatistics statistics) {
        this.limiter = limiter;
        this.retry = retry;
        this.tokens = tokens;
        this.time = time;
        this.random = random;
        this.json = json;
        this.statistics = statistics;
    }

    <T> ApiResponse<T> call(SpApiOperation op, Attempt<T> attempt) {
        boolean loggedInAgain = false;
        for (int n = 1; ; n++) {
            try {
                // log in first: a login inside the quota slot would make our request late against Amazon's refill clock
                tokens.accessToken();
                limiter.acquire(op);
                String token = tokens.accessToken();
                statistics.recordCall(op);
                try {
                    ApiResponse<T> response = withToken(token, attempt);
                    limiter.onSuccess(op, header(response.getHeaders(), RATE_LIMIT_HEADER));
                    return response;
                } catch (ApiException e) {
                    int status = e.getCode();
                    if (status == 403 && !loggedInAgain) {
                        // an access token Amazon no longer accepts (expired early, revoked): log in once more
                        tokens.invalidate(token);
                        loggedInAgain = true;
                        n--;
                        continue;
                    }
                    boolean retriable = status == 429 || status >= 500 || (status == 0 && op.safeToRepeat());
                    if (status == 429) {
                        statistics.recordThrottled(op);
                        limiter.onThrottled(op);
                    }
                    if (!retriable || n >= retry.maxAttempts()) {
                        throw failure(op, e);
                    }
                    Duration wait = retry.backoff(n, random);
                    LOG.debug("{} attempt {} failed with HTTP {}, retrying in {} ms", op.operationId(), n, status,
                            wait.toMillis());
                    time.sleep(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpApiException(op, 0, List.of(), "interrupted", e);
            }
        }
    }

    private SpApiException failure(SpApiOperation op, ApiException e) {
        String body = e.getResponseBody();
        String fallback = e.getCode() == 0 ? String.valueOf(e.getCause() != null ? e.getCause() : e.getMessage())
                : ErrorBodies.excerpt(body);
        return new SpApiException(op, e.getCode(), ErrorBodies.parse(json, body), fallback, e);
    }

    static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey()) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    /** The access token of the attempt running on this thread, for the request interceptor. */
    String attemptToken() {
        return attemptToken.get();
    }

    private <T> ApiResponse<T> withToken(String token, Attempt<T> attempt) throws ApiException {
        attemptToken.set(token);
        try {
            return attempt.run();
        } finally {
            attemptToken.remove();
        }
    }
}
