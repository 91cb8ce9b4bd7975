package org.catura.amazon.plugin.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.catura.sandbox.spapi.RecordedCall;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against the sandbox enforcing Amazon's usage plans (time-compressed 2000x: searchOrders then
 * allows 11.2 calls a second after a burst of 20).
 */
class QuotaAdaptationTest {

    private static final double COMPRESSION = 2000;
    private SpApiSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.start(SandboxSettings.defaults().withTimeCompression(COMPRESSION));
        Instant now = Instant.now();
        sandbox.orders().generate(5, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void afterOne429TheBucketAdaptsAndNo429FollowsAnother() {
        // another application of the seller used the quota up: our fresh bucket believes it has 20
        sandbox.drainQuota(UsagePlan.SEARCH_ORDERS);
        SpApiClient client = SandboxFixture.client(sandbox, COMPRESSION);
        OrderSearch search = OrderSearch.updatedBetween(Instant.now().minus(Duration.ofHours(3)), null, List.of());
        for (int i = 0; i < 12; i++) {
            assertEquals(5, client.searchOrders(search).orders().size());
        }
        List<Integer> statuses = sandbox.calls(UsagePlan.SEARCH_ORDERS).stream().map(RecordedCall::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 429).count(), "only the first call found Amazon empty: " + statuses);
        assertNoTwo429InARow(statuses);
        assertEquals(12, statuses.stream().filter(s -> s == 200).count());
    }

    @Test
    void concurrentCallersShareTheBucketAndNever429Twice() throws Exception {
        SpApiClient client = SandboxFixture.client(sandbox, COMPRESSION);
        OrderSearch search = OrderSearch.updatedBetween(Instant.now().minus(Duration.ofHours(3)), null, List.of());
        client.searchOrders(search); // connection set up before the race
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 8; i++) {
                    client.searchOrders(search);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Integer> statuses = sandbox.calls(UsagePlan.SEARCH_ORDERS).stream().map(RecordedCall::status).toList();
        // 33 successful calls: 20 from the burst, 13 paced by the rate. Scheduling jitter on a busy machine
        // may cost a stray 429 (it is retried), but a 429 never follows another one.
        assertEquals(33, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 429).count() <= 2, "the bucket paces the callers: " + statuses);
        assertNoTwo429InARow(statuses);
    }

    private static void assertNoTwo429InARow(List<Integer> statuses) {
        for (int i = 1; i < statuses.size(); i++) {
            assertTrue(!(statuses.get(i) == 429 && statuses.get(i - 1) == 429), "429 followed by 429: " + statuses);
        }
    }
}
