package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scheduled import: one task per enabled channel, following the channel's changes. */
class ImportTasksTest {

    static Fixture fixture;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    static final String SECRET = "amzn1.oa2-cs.v1.s3cr3t-do-not-print-4711";
    static final String REFRESH = "Atzr|IwEBI-refresh-token-do-not-print-0815";

    final ChannelService channels = new ChannelService(fixture.database, SECRETS, Fixture.IDS, Fixture.SANDBOX_HOST, () -> { });

    @BeforeAll
    static void database() {
        fixture = new Fixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static AmazonChannel de(String name) {
        return AmazonChannel.of(name, "A2SELLER", AmazonChannel.EU_ENDPOINT, AmazonChannel.AMAZON_TOKEN_URL,
                List.of(AmazonMarketplaces.DE), "amzn1.application-oa2-client.abc");
    }

    @Test
    void oneScheduledTaskPerEnabledChannelFollowsItsChanges() {
        Map<Object, ScheduledTask> registry = new LinkedHashMap<>();
        List<String> runs = new ArrayList<>();
        ImportTasks tasks = new ImportTasks(new ImportTasks.Registry() {
            @Override
            public Object register(ScheduledTask task) {
                Object handle = new Object();
                registry.put(handle, task);
                return handle;
            }

            @Override
            public void unregister(Object registration) {
                registry.remove(registration);
            }
        }, channel -> {
            runs.add(channel);
            return null;
        });
        channels.save(de("amazon-sched").withImportIntervalSeconds(120), ChannelSecrets.of(SECRET, REFRESH));
        tasks.sync(channels.stored());
        assertTrue(registry.values().stream().noneMatch(t -> t.name().equals("amazon-import-amazon-sched")),
                "disabled: no task");

        channels.enable("amazon-sched");
        tasks.sync(channels.stored());
        ScheduledTask task = registry.values().stream().filter(t -> t.name().equals("amazon-import-amazon-sched"))
                .findFirst().orElseThrow();
        assertEquals(120, task.intervalSeconds());

        channels.save(channels.get("amazon-sched").orElseThrow().withImportIntervalSeconds(600), null);
        tasks.sync(channels.stored());
        List<ScheduledTask> now = registry.values().stream().filter(t -> t.name().equals("amazon-import-amazon-sched"))
                .toList();
        assertEquals(1, now.size(), "re-registered, not doubled");
        assertEquals(600, now.get(0).intervalSeconds());

        channels.disable("amazon-sched");
        tasks.sync(channels.stored());
        assertTrue(registry.values().stream().noneMatch(t -> t.name().equals("amazon-import-amazon-sched")),
                "withdrawn when disabled");
    }
}
