package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.api.ReimportResult;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.RecordedCall;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import against the SP-API sandbox over HTTP, into the real order process tables on PostgreSQL. */
class ImportTest {

    static Fixture fixture;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    static final AtomicInteger CHANNELS = new AtomicInteger();

    final MovableClock clock = MovableClock.running();
    final OrderProcess process = Fixture.process();
    SpApiSandbox sandbox;

    @BeforeAll
    static void database() {
        fixture = new Fixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    SpApiSandbox start(SandboxSettings settings) throws IOException {
        sandbox = new SpApiSandbox(settings, clock).start();
        return sandbox;
    }

    /** A fresh channel on the sandbox; its first window starts four hours back. */
    String channel(Fixture.Wiring w, double compression) {
        String name = "amazon-t" + CHANNELS.incrementAndGet();
        w.channels().save(Fixture.channel(name, sandbox).withTimeCompression(compression)
                .withImportSince(clock.instant().minus(Duration.ofHours(4))), Fixture.secrets(sandbox));
        return name;
    }

    long orders(String channel) {
        return fixture.count("select count(*) from catura_order where channel = ?", channel);
    }

    List<RecordedCall> searches() {
        return sandbox.calls(UsagePlan.SEARCH_ORDERS);
    }

    @Test
    void pagesThroughTheWindowAndMovesTheWatermarkToItsEnd() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = channel(w, 1);
        Instant now = clock.instant();
        List<String> placed = sandbox.orders().generate(35, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));

        ImportReport report = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome(), report.message());
        assertEquals(4, report.pages(), "35 orders in pages of 10");
        assertEquals(35, report.ordersSeen());
        assertEquals(35, report.created());
        assertEquals(4, report.apiCalls(), "one login is not an SP-API call; four searches");
        assertEquals(35, orders(name));
        for (String id : placed) {
            assertEquals(1, fixture.count("select count(*) from catura_order where channel = ? and external_id = ?",
                    name, id), id);
        }
        assertEquals(3, searches().stream().filter(c -> c.uri().contains("paginationToken=")).count());
        assertEquals(report.windowTo(), w.imports().watermark(name).orElseThrow(), "the watermark moved to the window's end");
        assertTrue(report.windowTo().isBefore(now.minus(Duration.ofMinutes(2))), "Amazon's two-minute rule");
        assertEquals(report, w.imports().recentRuns(name, 5).get(0));
    }

    @Test
    void anOrderSeenInTwoOverlappingWindowsIsStoredOnce() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 100, ImportObserver.NONE);
        String name = channel(w, 1);
        // changed five minutes before the first window's end: inside the next window's ten-minute overlap
        Instant at = clock.instant().minus(Duration.ofMinutes(7));
        List<String> late = sandbox.orders().generate(6, at, at.plusSeconds(30));
        ImportReport first = w.imports().runNow(name);
        assertEquals(6, first.created());

        clock.advance(Duration.ofMinutes(3));
        ImportReport second = w.imports().runNow(name);

        assertEquals(first.windowTo().minus(Duration.ofMinutes(10)), second.windowFrom(), "the window reaches back");
        assertEquals(6, second.ordersSeen(), "seen again in the overlap");
        assertEquals(0, second.created());
        assertEquals(6, second.unchanged());
        assertEquals(6, orders(name));
        assertEquals(6, fixture.count("select count(*) from catura_process_event e join catura_order o "
                + "on o.order_id = e.order_id where o.channel = ? and e.station = 'hand-in'", name), "handed in once each");
        assertTrue(late.stream().allMatch(id -> fixture.count(
                "select count(*) from catura_order where channel = ? and external_id = ?", name, id) == 1));
    }

    @Test
    void aMalformedOrderGetsAnErrorRowTheRestIsImportedAndTheWatermarkWaitsForIt() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 4, ImportObserver.NONE);
        String name = channel(w, 1);
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(10, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        String broken = ids.get(5);
        sandbox.faults().malformOrder(broken);
        Instant brokenUpdated = Instant.parse(sandbox.orders().json(broken).orElseThrow().path("lastUpdatedTime").asText());

        ImportReport report = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome());
        assertEquals(9, report.created());
        assertEquals(1, report.failed());
        assertEquals(9, orders(name));
        assertEquals(0, fixture.count("select count(*) from catura_order where channel = ? and external_id = ?", name,
                broken));
        ImportError error = w.imports().recentErrors(name, 10).get(0);
        assertEquals(broken, error.amazonOrderId());
        assertEquals(ImportError.Status.OPEN, error.status());
        assertTrue(error.message().contains(broken) && error.message().contains("createdTime"), error.message());
        assertTrue(error.rawJson().contains("the day before yesterday"), "kept as Amazon sent it");
        assertEquals(brokenUpdated, error.orderLastUpdatedAt());
        assertEquals(brokenUpdated, w.imports().watermark(name).orElseThrow(), "not moved past the broken order");
        assertTrue(brokenUpdated.isBefore(report.windowTo()));

        clock.advance(Duration.ofMinutes(5));
        ImportReport again = w.imports().runNow(name);
        assertTrue(again.windowFrom().isBefore(brokenUpdated), "retried in the next run");
        assertEquals(1, again.failed());
        assertEquals(brokenUpdated, w.imports().watermark(name).orElseThrow());
        assertEquals(2, w.imports().recentErrors(name, 10).get(0).attempts());
        assertEquals(1, w.imports().recentErrors(name, 10).size(), "still one error row for the order");

        assertTrue(w.imports().skipOrder(name, broken, "clerk anna"));
        ImportReport afterSkip = w.imports().runNow(name);
        assertEquals(0, afterSkip.failed());
        assertEquals(1, afterSkip.skipped(), "the skipped version is not reported again");
        assertEquals(afterSkip.windowTo(), w.imports().watermark(name).orElseThrow(), "the watermark moves on");
        assertEquals(ImportError.Status.SKIPPED, w.imports().recentErrors(name, 10).get(0).status());
        assertEquals("clerk anna", w.imports().recentErrors(name, 10).get(0).resolvedBy());
    }

    @Test
    void poisonedOrdersBecomeImportErrorsTheRestOfTheirPageIsImportedAndTheNextRunGoesOn() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 4, ImportObserver.NONE);
        String name = channel(w, 1);
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(10, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        // page 1: a service level missing, a quantity 0, every optional field missing (importable);
        // page 2: no marketplace, an absurd amount;
        // page 3: a negative quantity
        String noLevel = ids.get(1);
        String zero = ids.get(2);
        String bare = ids.get(3);
        String noMarketplace = ids.get(4);
        String absurd = ids.get(5);
        String negative = ids.get(8);
        sandbox.faults().alterOrder(noLevel, o -> ((ObjectNode) o.path("fulfillment")).remove("fulfillmentServiceLevel"))
                .alterOrder(noMarketplace, o -> ((ObjectNode) o.path("salesChannel")).remove("marketplaceId"))
                .alterOrder(absurd, o -> ((ObjectNode) o.at("/orderItems/0/proceeds/breakdowns/0/subtotal"))
                        .put("amount", "1E+999999999"))
                .alterOrder(negative, o -> ((ObjectNode) o.path("orderItems").path(0)).put("quantityOrdered", -3))
                .alterOrder(zero, o -> ((ObjectNode) o.path("orderItems").path(0)).put("quantityOrdered", 0))
                .alterOrder(bare, o -> {
                    // every optional field of Amazon's model gone: no buyer, no address, no SKU, no money
                    o.retain("orderId", "createdTime", "lastUpdatedTime", "salesChannel", "fulfillment", "orderItems");
                    ((ObjectNode) o.path("fulfillment")).retain("fulfillmentStatus");
                    for (JsonNode item : o.path("orderItems")) {
                        ((ObjectNode) item).retain("orderItemId", "quantityOrdered", "product");
                        ((ObjectNode) item.path("product")).removeAll();
                    }
                });
        Instant firstPoison = Instant.parse(sandbox.orders().json(noMarketplace).orElseThrow()
                .path("lastUpdatedTime").asText());

        ImportReport report = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome(), report.message());
        assertEquals(3, report.pages());
        assertEquals(7, report.created(), "every order but the three poisoned ones");
        assertEquals(3, report.failed());
        assertEquals(1, fixture.count("select count(*) from catura_order where channel = ? and external_id = ?", name,
                noLevel), "a missing service level is no reason to refuse an order");
        assertEquals(1, fixture.count("select count(*) from catura_order where channel = ? and external_id = ?", name,
                zero), "quantity 0, as Amazon sends for a cancelled item, is the order process's to judge");
        assertEquals(1, fixture.count("select count(*) from catura_order where channel = ? and external_id = ?", name,
                bare), "an order with every optional field missing is imported; the stations ask for what it lacks");
        List<ImportError> errors = w.imports().recentErrors(name, 10);
        assertEquals(Set.of(noMarketplace, absurd, negative),
                errors.stream().map(ImportError::amazonOrderId).collect(Collectors.toSet()));
        assertTrue(errors.stream().allMatch(e -> e.status() == ImportError.Status.OPEN && e.message().contains(
                e.amazonOrderId())), errors.toString());
        assertEquals(firstPoison, w.imports().watermark(name).orElseThrow(), "held at the earliest poisoned order");

        clock.advance(Duration.ofMinutes(5));
        ImportReport again = w.imports().runNow(name);
        assertEquals(ImportReport.Outcome.COMPLETED, again.outcome(), again.message());
        assertEquals(3, again.failed());
        assertEquals(0, again.created());
        assertEquals(7, orders(name));

        for (String id : List.of(noMarketplace, absurd, negative)) {
            assertTrue(w.imports().skipOrder(name, id, "clerk anna"));
        }
        clock.advance(Duration.ofMinutes(5));
        ImportReport afterSkip = w.imports().runNow(name);
        assertEquals(ImportReport.Outcome.COMPLETED, afterSkip.outcome(), afterSkip.message());
        assertEquals(3, afterSkip.skipped());
        assertEquals(afterSkip.windowTo(), w.imports().watermark(name).orElseThrow(), "the watermark moves on");
    }

    @Test
    void a429StormOnSearchOrdersIsRiddenOutAndNo429FollowsA429() throws Exception {
        double compression = 2000; // searchOrders: 11.2 calls a second after a burst of 20
        start(SandboxSettings.defaults().withTimeCompression(compression));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = channel(w, compression);
        Instant now = clock.instant();
        sandbox.orders().generate(260, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        // another application of the seller used the quota up: our bucket still believes in a burst of 20
        sandbox.drainQuota(UsagePlan.SEARCH_ORDERS);

        ImportReport report = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome(), report.message());
        assertEquals(260, report.created());
        assertEquals(260, orders(name));
        List<Integer> statuses = searches().stream().map(RecordedCall::status).toList();
        long throttled = statuses.stream().filter(s -> s == 429).count();
        assertTrue(throttled >= 1, "the drained quota answered 429: " + statuses);
        assertEquals(throttled, report.throttled(), "the report counts the 429s");
        assertEquals(26, statuses.stream().filter(s -> s == 200).count(), "26 pages, more than the burst");
        for (int i = 1; i < statuses.size(); i++) {
            assertFalse(statuses.get(i) == 429 && statuses.get(i - 1) == 429, "429 after 429: " + statuses);
        }
        assertEquals(statuses.size(), report.apiCalls());
    }

    @Test
    void anAccessTokenExpiringMidImportMeansOneMoreLoginAndNothingLost() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        ImportObserver expireAfterFirstPage = new ImportObserver() {
            @Override
            public void pageCommitted(String channel, int page) {
                if (page == 1) {
                    sandbox.expireAccessTokens();
                }
            }
        };
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, expireAfterFirstPage);
        String name = channel(w, 1);
        Instant now = clock.instant();
        sandbox.orders().generate(30, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));

        ImportReport report = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome(), report.message());
        assertEquals(30, report.created());
        assertEquals(3, report.pages());
        assertEquals(2, sandbox.calls().stream().filter(c -> c.operation().equals("token")).count(), "logged in again once");
        List<Integer> statuses = searches().stream().map(RecordedCall::status).toList();
        assertEquals(List.of(200, 403, 200, 200), statuses);
    }

    @Test
    void aRunStoppedByAmazonFailuresLeavesItsProgressAndTheNextRunResumesAtTheNextPage() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        ImportObserver failAfterFirstPage = new ImportObserver() {
            @Override
            public void pageCommitted(String channel, int page) {
                if (page == 1 && once.compareAndSet(false, true)) {
                    sandbox.faults().failNext(UsagePlan.SEARCH_ORDERS, 50);
                }
            }
        };
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, failAfterFirstPage);
        String name = channel(w, 1);
        Instant now = clock.instant();
        sandbox.orders().generate(25, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));

        ImportReport failed = w.imports().runNow(name);
        assertEquals(ImportReport.Outcome.FAILED, failed.outcome());
        assertTrue(failed.message().contains("searchOrders failed: HTTP 500"), failed.message());
        assertEquals(1, failed.pages());
        assertEquals(10, orders(name), "the first page is in");
        assertTrue(w.imports().watermark(name).isEmpty(), "the window is not done");

        sandbox.faults().failNext(UsagePlan.SEARCH_ORDERS, 0);
        sandbox.clearCalls();
        ImportReport resumed = w.imports().runNow(name);
        assertEquals(ImportReport.Outcome.COMPLETED, resumed.outcome(), resumed.message());
        assertEquals(failed.windowFrom(), resumed.windowFrom(), "the same window");
        assertEquals(failed.windowTo(), resumed.windowTo());
        assertTrue(searches().get(0).uri().contains("paginationToken="), "resumed at page 2");
        assertEquals(15, resumed.created());
        assertEquals(25, orders(name));
    }

    @Test
    void reimportOneOrderAppliesAmazonsNewerVersion() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 100, ImportObserver.NONE);
        String name = channel(w, 1);
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(3, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        w.imports().runNow(name);
        String id = ids.get(1);
        sandbox.orders().cancel(id, "Cancelled by Amazon: payment declined");

        ReimportResult result = w.imports().reimportOrder(name, id);

        assertEquals(ReimportResult.Outcome.UPDATED, result.outcome(), result.message());
        assertEquals("CANCELLED", result.change());
        long orderId = result.orderId();
        assertEquals("CANCELLING", fixture.text("select state from catura_process where order_id = ?", orderId));
        assertEquals(ReimportResult.Outcome.UNCHANGED, w.imports().reimportOrder(name, id).outcome());
        assertEquals(ReimportResult.Outcome.NOT_FOUND, w.imports().reimportOrder(name, "999-0000000-0000000").outcome());
        String fresh = sandbox.orders().place(clock.instant(), EnumSet.noneOf(org.catura.sandbox.spapi.SpecialCase.class));
        ReimportResult created = w.imports().reimportOrder(name, fresh);
        assertEquals(ReimportResult.Outcome.CREATED, created.outcome());
        assertEquals(4, orders(name));
    }

    @Test
    void resyncImportsAWindowAgainWithoutMovingTheWatermark() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = "amazon-t" + CHANNELS.incrementAndGet();
        Instant now = clock.instant();
        w.channels().save(Fixture.channel(name, sandbox).withImportSince(now.minus(Duration.ofHours(1))),
                Fixture.secrets(sandbox));
        List<String> old = sandbox.orders().generate(15, now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(3)));
        ImportReport regular = w.imports().runNow(name);
        assertEquals(0, regular.ordersSeen(), "older than the channel's start");
        Instant watermark = w.imports().watermark(name).orElseThrow();

        ImportReport resync = w.imports().resync(name, now.minus(Duration.ofHours(6)), now.minus(Duration.ofHours(2)));

        assertEquals(ImportReport.Kind.RESYNC, resync.kind());
        assertEquals(ImportReport.Outcome.COMPLETED, resync.outcome(), resync.message());
        assertEquals(15, resync.created());
        assertEquals(2, resync.pages());
        assertEquals(15, orders(name));
        assertEquals(watermark, w.imports().watermark(name).orElseThrow(), "a re-sync leaves the watermark");
        ImportReport twice = w.imports().resync(name, now.minus(Duration.ofHours(6)), now.minus(Duration.ofHours(2)));
        assertEquals(15, twice.unchanged());
        assertEquals(15, orders(name));
        assertTrue(old.stream().allMatch(id -> fixture.count(
                "select count(*) from catura_order where channel = ? and external_id = ?", name, id) == 1));
    }

    @Test
    void twoRunsOfOneChannelAtOnceNeverBothWriteAPage() throws Exception {
        start(SandboxSettings.defaults().withQuotasEnforced(false));
        // two import services as on two nodes, sharing the database: the first pauses inside its first page
        java.util.concurrent.CountDownLatch inPage = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ImportObserver pausing = new ImportObserver() {
            @Override
            public void pageWritten(Tx tx, String channel, int page) throws Exception {
                if (page == 1) {
                    inPage.countDown();
                    release.await();
                }
            }
        };
        Fixture.Wiring nodeA = fixture.wire(SECRETS, process, clock, 10, pausing);
        Fixture.Wiring nodeB = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = channel(nodeA, 1);
        Instant now = clock.instant();
        sandbox.orders().generate(20, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        List<ImportReport> reports = new ArrayList<>();
        Thread a = new Thread(() -> reports.add(nodeA.imports().runNow(name)));
        a.start();
        inPage.await();
        Thread b = new Thread(() -> {
            ImportReport r = nodeB.imports().runNow(name);
            synchronized (reports) {
                reports.add(r);
            }
        });
        b.start();
        Thread.sleep(500); // B waits on the watermark row's lock held by A's page transaction
        release.countDown();
        a.join();
        b.join();
        assertEquals(2, reports.size());
        assertTrue(reports.stream().anyMatch(r -> r.outcome() == ImportReport.Outcome.COMPLETED));
        assertTrue(reports.stream().anyMatch(r -> r.outcome() == ImportReport.Outcome.SKIPPED
                && r.message().contains("took the import window over")), reports.toString());
        assertEquals(20, orders(name));
        assertEquals(20, reports.stream().mapToInt(ImportReport::created).sum(), "every order created by exactly one run");
        assertNotNull(nodeB.imports().watermark(name).orElse(null));
    }

}
