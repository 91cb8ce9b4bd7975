package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An order the import cannot take holds its channel's watermark for the hold limit (24 h by default), no longer. */
class HoldLimitTest {

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

    String channel(Fixture.Wiring w) {
        String name = "amazon-hold" + CHANNELS.incrementAndGet();
        w.channels().save(Fixture.channel(name, sandbox).withImportSince(clock.instant().minus(Duration.ofHours(4))),
                Fixture.secrets(sandbox));
        return name;
    }

    long orders(String channel, String... ids) {
        return ids.length == 0 ? fixture.count("select count(*) from catura_order where channel = ?", channel)
                : fixture.count("select count(*) from catura_order where channel = ? and external_id = ?", channel,
                        ids[0]);
    }

    @Test
    void anOrderFailingLongerThanTheDefault24HoursNoLongerHoldsTheWatermarkAndLaterOrdersImport() throws Exception {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = channel(w);
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(5, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        String broken = ids.get(2);
        sandbox.faults().alterOrder(broken, o -> ((ObjectNode) o.path("salesChannel")).remove("marketplaceId"));
        Instant brokenUpdated = Instant.parse(sandbox.orders().json(broken).orElseThrow().path("lastUpdatedTime").asText());

        w.imports().runNow(name);
        assertEquals(brokenUpdated, w.imports().watermark(name).orElseThrow(), "held by the broken order");
        clock.advance(Duration.ofHours(23));
        w.imports().runNow(name);
        assertEquals(brokenUpdated, w.imports().watermark(name).orElseThrow(), "still held within 24 hours");

        clock.advance(Duration.ofHours(2));
        List<String> later = sandbox.orders().generate(3, clock.instant().minus(Duration.ofMinutes(30)),
                clock.instant().minus(Duration.ofMinutes(10)));
        ImportReport past = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, past.outcome(), past.message());
        assertEquals(past.windowTo(), w.imports().watermark(name).orElseThrow(),
                "after 24 hours the watermark moves past the order that holds it");
        for (String id : later) {
            assertEquals(1, orders(name, id), "a later order is imported: " + id);
        }
        assertEquals(0, orders(name, broken));
        ImportError error = w.imports().recentErrors(name, 10).get(0);
        assertEquals(broken, error.amazonOrderId());
        assertEquals(ImportError.Status.OPEN, error.status(), "still open: a person or a later import ends it");
        assertTrue(error.attempts() >= 3, "tried again on every run: " + error.attempts());
    }

    @Test
    void anOrderReleasedFromTheHoldIsFetchedAloneOnEveryRunAndImportsOnceAmazonServesItWhole() throws Exception {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = channel(w);
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(4, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        String broken = ids.get(1);
        sandbox.faults().alterOrder(broken, o -> ((ObjectNode) o.path("orderItems").path(0)).put("quantityOrdered", -3));
        w.imports().runNow(name);
        clock.advance(Duration.ofHours(25));

        ImportReport released = w.imports().runNow(name);
        assertEquals(0, sandbox.calls(UsagePlan.GET_ORDER).size(), "the window still reached back to it: tried once");
        assertEquals(released.windowTo(), w.imports().watermark(name).orElseThrow(), "the hold has ended");

        clock.advance(Duration.ofMinutes(10));
        ImportReport alone = w.imports().runNow(name);
        assertEquals(1, sandbox.calls(UsagePlan.GET_ORDER).size(), "past the watermark: fetched alone");
        assertTrue(sandbox.calls(UsagePlan.GET_ORDER).get(0).uri().contains("/orders/2026-01-01/orders/" + broken),
                sandbox.calls(UsagePlan.GET_ORDER).toString());
        assertEquals(1, alone.failed());
        assertTrue(alone.message().contains("getOrder"), alone.message());
        clock.advance(Duration.ofMinutes(10));
        w.imports().runNow(name);
        assertEquals(2, sandbox.calls(UsagePlan.GET_ORDER).size(), "and again on the next run");
        assertEquals(0, orders(name, broken));

        sandbox.faults().restoreOrder(broken);
        clock.advance(Duration.ofMinutes(10));
        ImportReport fixed = w.imports().runNow(name);

        assertEquals(ImportReport.Outcome.COMPLETED, fixed.outcome(), fixed.message());
        assertEquals(1, fixed.created(), "the held order came in through getOrder");
        assertEquals(1, orders(name, broken));
        assertEquals(4, orders(name));
        assertEquals(ImportError.Status.IMPORTED, w.imports().recentErrors(name, 10).get(0).status());
        clock.advance(Duration.ofMinutes(10));
        w.imports().runNow(name);
        assertEquals(3, sandbox.calls(UsagePlan.GET_ORDER).size(), "an imported order is not fetched again");
    }

    @Test
    void aSkippedOrderIsNotFetchedAgain() throws Exception {
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        Fixture.Wiring w = fixture.wire(SECRETS, process, clock, 10, ImportObserver.NONE);
        String name = channel(w);
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(2, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        sandbox.faults().alterOrder(ids.get(0), o -> ((ObjectNode) o.path("salesChannel")).remove("marketplaceId"));
        w.imports().runNow(name);
        clock.advance(Duration.ofHours(25));
        w.imports().runNow(name);
        clock.advance(Duration.ofMinutes(10));
        w.imports().runNow(name);
        assertEquals(1, sandbox.calls(UsagePlan.GET_ORDER).size());

        assertTrue(w.imports().skipOrder(name, ids.get(0), "admin"));
        clock.advance(Duration.ofMinutes(10));
        w.imports().runNow(name);

        assertEquals(1, sandbox.calls(UsagePlan.GET_ORDER).size(), "skipped: left alone");
    }
}
