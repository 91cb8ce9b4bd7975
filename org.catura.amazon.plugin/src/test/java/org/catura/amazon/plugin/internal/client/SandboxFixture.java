package org.catura.amazon.plugin.internal.client;

import java.io.IOException;
import java.time.Duration;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;

/** Starts an SP-API sandbox and builds clients pointed at it. */
final class SandboxFixture {

    private SandboxFixture() {
    }

    static SpApiSandbox start(SandboxSettings settings) {
        try {
            return new SpApiSandbox(settings).start();
        } catch (IOException e) {
            throw new IllegalStateException("sandbox did not start", e);
        }
    }

    static SpApiSettings settings(SpApiSandbox sandbox, double timeCompression) {
        SandboxSettings s = sandbox.settings();
        return SpApiSettings.of(sandbox.endpoint(), sandbox.tokenUrl(),
                new LwaCredentials(s.clientId(), s.clientSecret(), s.refreshToken()))
                .withTimeCompression(timeCompression)
                .withRetry(new RetryPolicy(5, Duration.ofMillis(5), Duration.ofMillis(50)));
    }

    static SpApiClient client(SpApiSandbox sandbox, double timeCompression) {
        return new SpApiClient(settings(sandbox, timeCompression));
    }
}
