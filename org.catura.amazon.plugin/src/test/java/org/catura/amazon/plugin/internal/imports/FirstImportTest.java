package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A channel connected to an Amazon that already holds orders, as the demo starts and as a merchant
 * connects a new channel: created without a start of its own, sync switched on, and the task that
 * switching registers fired once, as the scheduler fires a new task at once. Its first run takes
 * the orders of the last 24 hours (the default look-back) and none older.
 */
class FirstImportTest {

    static Fixture fixture;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);

    final MovableClock clock = MovableClock.running();

    @BeforeAll
    static void database() {
        fixture = new Fixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void theFirstRunAfterSyncIsSwitchedOnImportsTheOrdersAmazonHeldBeforeAndNoneOlderThanADay() throws Exception {
        try (SpApiSandbox sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock)
                .start()) {
            Instant now = clock.instant();
            List<String> held = sandbox.orders().generate(5, now.minus(Duration.ofMinutes(30)),
                    now.minus(Duration.ofMinutes(3)));
            List<String> tooOld = sandbox.orders().generate(2, now.minus(Duration.ofHours(30)),
                    now.minus(Duration.ofHours(25)));
            Fixture.Wiring w = fixture.wire(SECRETS, Fixture.process(), clock, 100, ImportObserver.NONE);
            List<ScheduledTask> registered = new ArrayList<>();
            ImportTasks tasks = new ImportTasks(new ImportTasks.Registry() {
                @Override
                public Object register(ScheduledTask task) {
                    registered.add(task);
                    return task;
                }

                @Override
                public void unregister(Object registration) {
                    registered.remove(registration);
                }
            }, w.imports()::runScheduled);

            w.channels().save(Fixture.channel("amazon-first", sandbox), Fixture.secrets(sandbox));
            assertNull(w.channels().get("amazon-first").orElseThrow().importSince(), "no start of its own");
            w.channels().enable("amazon-first");
            tasks.sync(w.channels().stored());
            assertEquals(1, registered.size());
            registered.get(0).run();

            List<ImportReport> runs = w.imports().recentRuns("amazon-first", 5);
            assertEquals(1, runs.size(), "one run: " + runs);
            ImportReport first = runs.get(0);
            assertEquals(ImportReport.Kind.SCHEDULED, first.kind());
            assertEquals(ImportReport.Outcome.COMPLETED, first.outcome(), first.message());
            assertEquals(5, first.created(), first.toString());
            Duration offDay = Duration.between(now.minus(Duration.ofHours(24)), first.windowFrom()).abs();
            assertTrue(offDay.compareTo(Duration.ofMinutes(1)) < 0, "the window reaches back a day: " + first);
            for (String id : held) {
                assertEquals(1, fixture.count("select count(*) from catura_order where channel = ? and external_id = ?",
                        "amazon-first", id), id + " held at start, imported by the first run");
            }
            for (String id : tooOld) {
                assertEquals(0, fixture.count("select count(*) from catura_order where external_id = ?", id),
                        id + " older than the look-back");
            }
            assertTrue(w.imports().watermark("amazon-first").orElseThrow().isAfter(now.minus(Duration.ofMinutes(3))),
                    "the watermark passed the held orders");
            tasks.clear();
        }
    }
}
