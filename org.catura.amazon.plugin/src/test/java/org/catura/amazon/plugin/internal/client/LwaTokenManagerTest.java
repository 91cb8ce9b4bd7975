package org.catura.amazon.plugin.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LwaTokenManagerTest {

    private SpApiSandbox sandbox;
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.start(SandboxSettings.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private LwaTokenManager manager() {
        SandboxSettings s = sandbox.settings();
        return new LwaTokenManager(sandbox.tokenUrl(), new LwaCredentials(s.clientId(), s.clientSecret(), s.refreshToken()),
                HttpClient.newHttpClient(), time, Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    private long tokenCalls() {
        return sandbox.calls().stream().filter(c -> c.operation().equals("token")).count();
    }

    @Test
    void manyThreadsAskingAtOnceCauseExactlyOneLogin() throws Exception {
        LwaTokenManager tokens = manager();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<String> ask = () -> {
                    go.await();
                    return tokens.accessToken();
                };
                results.add(pool.submit(ask));
            }
            go.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> result : results) {
                distinct.add(result.get());
            }
            assertEquals(1, distinct.size(), "every thread got the same token");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, tokenCalls());
        assertEquals(1, tokens.refreshCount());
    }

    @Test
    void refreshesAMinuteBeforeExpiryAndNotEarlier() {
        LwaTokenManager tokens = manager();
        String first = tokens.accessToken();
        time.advance(Duration.ofSeconds(3600 - 61));
        assertEquals(first, tokens.accessToken(), "still more than a minute to live");
        assertEquals(1, tokenCalls());
        time.advance(Duration.ofSeconds(2));
        String second = tokens.accessToken();
        assertNotEquals(first, second);
        assertEquals(2, tokenCalls());
    }

    @Test
    void invalidatingARejectedTokenLogsInAgainButKeepsANewerOne() {
        LwaTokenManager tokens = manager();
        String first = tokens.accessToken();
        tokens.invalidate(first);
        String second = tokens.accessToken();
        assertNotEquals(first, second);
        tokens.invalidate(first); // a late report about the old token
        assertEquals(second, tokens.accessToken());
        assertEquals(2, tokenCalls());
    }

    @Test
    void aWrongRefreshTokenNamesLwasError() {
        SandboxSettings s = sandbox.settings();
        LwaTokenManager tokens = new LwaTokenManager(sandbox.tokenUrl(),
                new LwaCredentials(s.clientId(), s.clientSecret(), "Atzr|revoked"), HttpClient.newHttpClient(), time,
                Duration.ofSeconds(60), Duration.ofSeconds(10));
        LwaException e = org.junit.jupiter.api.Assertions.assertThrows(LwaException.class, tokens::accessToken);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("invalid_grant"), e.getMessage());
        assertTrue(!e.getMessage().contains("revoked"), "the refresh token is never shown");
    }

    @Test
    void credentialsHideTheirSecrets() {
        String text = new LwaCredentials("client", "s3cret", "Atzr|r3fresh").toString();
        assertTrue(text.contains("client") && !text.contains("s3cret") && !text.contains("r3fresh"), text);
    }
}
