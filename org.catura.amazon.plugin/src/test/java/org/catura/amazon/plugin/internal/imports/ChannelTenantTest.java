package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every row belongs to its tenant: a channel's orders are handed in for the channel's tenant
 * (AD_Client_ID), and the engine runs their stations in transactions for that tenant, where the
 * ERP port makes the documents in that tenant's context. A node imports every enabled channel of
 * every tenant.
 */
class ChannelTenantTest {

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
    void eachChannelsOrdersCarryItsTenantIntoTheProcessAndTheirStations() throws Exception {
        try (SpApiSandbox sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock)
                .start()) {
            Instant now = clock.instant();
            List<String> ids = sandbox.orders().generate(3, now.minus(Duration.ofMinutes(30)),
                    now.minus(Duration.ofMinutes(3)));
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

            w.channels().save(Fixture.channel("amazon-standalone", sandbox), Fixture.secrets(sandbox));
            w.channels().save(Fixture.channel("amazon-tenant-42", sandbox).withTenantId(1000042),
                    Fixture.secrets(sandbox));
            w.channels().enable("amazon-standalone");
            w.channels().enable("amazon-tenant-42");
            assertEquals(1000042, w.channels().get("amazon-tenant-42").orElseThrow().tenantId(),
                    "the tenant is kept through enabling");
            tasks.sync(w.channels().stored());
            assertEquals(2, registered.size(), "one scheduled import per enabled channel, of every tenant");
            for (ScheduledTask task : List.copyOf(registered)) {
                task.run();
            }

            for (String id : ids) {
                assertEquals(1000000, fixture.count("select ad_client_id from catura_order where channel = ?"
                        + " and external_id = ?", "amazon-standalone", id));
                assertEquals(1000042, fixture.count("select ad_client_id from catura_order where channel = ?"
                        + " and external_id = ?", "amazon-tenant-42", id));
            }
            assertEquals("1000000,1000042", fixture.text("select string_agg(AD_Client_ID::text, ',' order by Name)"
                    + " from CAT_AmazonChannel where Name in ('amazon-standalone', 'amazon-tenant-42')"));

            Map<String, Set<Integer>> tenantsSeen = new ConcurrentHashMap<>();
            ProcessEngine engine = new ProcessEngine(fixture.database, new ProcessSettings(3, Duration.ofMillis(50),
                    Duration.ofMillis(200), 10, Duration.ofMinutes(5), Duration.ofMillis(20)), "n1", 1);
            engine.addStation(new Station() {
                @Override
                public String name() {
                    return "tenant-probe";
                }

                @Override
                public OrderState input() {
                    return OrderState.RECEIVED;
                }

                @Override
                public StationResult process(StationContext context) {
                    tenantsSeen.computeIfAbsent(context.order().channel(), c -> ConcurrentHashMap.newKeySet())
                            .add(context.tx().clientId());
                    return StationResult.advance(OrderState.CUSTOMER_READY, "probed");
                }
            });
            while (engine.runOnce() > 0) {
                // until every order has passed the probe
            }
            assertEquals(Map.of("amazon-standalone", Set.of(1000000), "amazon-tenant-42", Set.of(1000042)),
                    tenantsSeen);
            assertEquals(6, fixture.count("select count(*) from catura_process where state = 'CUSTOMER_READY'"));
        }
    }
}
