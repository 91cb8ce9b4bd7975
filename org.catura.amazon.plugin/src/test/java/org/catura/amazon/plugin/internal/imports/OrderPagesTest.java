package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.amazon.plugin.internal.client.FetchedOrder;
import org.catura.amazon.plugin.internal.client.LwaCredentials;
import org.catura.amazon.plugin.internal.client.OrderSearch;
import org.catura.amazon.plugin.internal.client.OrdersPage;
import org.catura.amazon.plugin.internal.client.SpApiClient;
import org.catura.amazon.plugin.internal.client.SpApiException;
import org.catura.amazon.plugin.internal.client.SpApiSettings;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one walk over a window's searchOrders pages, against the sandbox. */
class OrderPagesTest {

    final MovableClock clock = MovableClock.running();
    SpApiSandbox sandbox;
    SpApiClient client;
    Instant from;
    Instant to;

    @BeforeEach
    void start() throws Exception {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        SandboxSettings s = sandbox.settings();
        client = new SpApiClient(SpApiSettings.of(sandbox.endpoint(), sandbox.tokenUrl(),
                new LwaCredentials(s.clientId(), s.clientSecret(), s.refreshToken())).withRetry(Fixture.FAST_RETRY));
        from = clock.instant().minus(Duration.ofHours(3));
        to = clock.instant().minus(Duration.ofMinutes(5));
        sandbox.orders().generate(25, from.plusSeconds(60), to.minusSeconds(60));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyPageOfTheWindowReachesTheReceiverOnceInOrder() {
        Pages pages = new Pages(false);

        new OrderPages(client, 10).walk(from, to, Fixture.EU, null, pages);

        assertEquals(List.of(10, 10, 5), pages.sizes);
        assertEquals(25, new HashSet<>(pages.orderIds).size(), "no order twice");
    }

    @Test
    void aSavedTokenThatExpiredStartsTheWindowOverWhenTheReceiverAgrees() {
        String saved = client.searchOrders(OrderSearch.updatedBetween(from, to, Fixture.EU).withMaxResultsPerPage(10))
                .nextToken();
        clock.advance(Duration.ofHours(25));
        Pages pages = new Pages(true);

        new OrderPages(client, 10).walk(from, to, Fixture.EU, saved, pages);

        assertEquals(1, pages.expired);
        assertEquals(25, new HashSet<>(pages.orderIds).size(), "the whole window, read from its start");
    }

    @Test
    void anExpiredTokenEndsTheWalkWithAmazonsErrorWhenTheReceiverCannotStartOver() {
        String saved = client.searchOrders(OrderSearch.updatedBetween(from, to, Fixture.EU).withMaxResultsPerPage(10))
                .nextToken();
        clock.advance(Duration.ofHours(25));

        SpApiException e = assertThrows(SpApiException.class,
                () -> new OrderPages(client, 10).walk(from, to, Fixture.EU, saved, new Pages(false)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("paginationToken has expired"), e.getMessage());
    }

    static final class Pages implements OrderPages.Receiver {
        final boolean startOver;
        final List<Integer> sizes = new ArrayList<>();
        final List<String> orderIds = new ArrayList<>();
        int expired;

        Pages(boolean startOver) {
            this.startOver = startOver;
        }

        @Override
        public void page(OrdersPage page) {
            sizes.add(page.orders().size());
            page.orders().stream().map(FetchedOrder::orderId).forEach(orderIds::add);
        }

        @Override
        public boolean tokenExpired() {
            expired++;
            return startOver;
        }
    }
}
