package org.catura.amazon.plugin.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.internal.channel.StoredChannel;
import org.catura.core.api.schedule.ScheduledTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link ScheduledTask} registered per channel whose sync is enabled, named
 * {@value #PREFIX}{@code <channel>}, at the channel's interval: registered when a channel is
 * enabled, re-registered when it changed, withdrawn when it is disabled or gone.
 */
public final class ImportTasks {

    static final String PREFIX = "amazon-import-";
    private static final Logger LOG = LoggerFactory.getLogger(ImportTasks.class);

    /** Where the tasks are registered: the OSGi service registry in the bundle, a list in tests. */
    public interface Registry {
        Object register(ScheduledTask task);

        void unregister(Object registration);
    }

    private record Registered(long version, Object registration) {
    }

    private final Registry registry;
    private final java.util.function.Function<String, ImportReport> runner;
    private final Map<String, Registered> registered = new HashMap<>();

    /** @param runner runs the scheduled import of the named channel */
    public ImportTasks(Registry registry, java.util.function.Function<String, ImportReport> runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /** Brings the registrations in line with the channels as stored now. */
    public synchronized void sync(List<StoredChannel> channels) {
        Map<String, StoredChannel> enabled = channels.stream().filter(s -> s.channel().syncEnabled())
                .collect(Collectors.toMap(StoredChannel::name, s -> s));
        for (String name : Set.copyOf(registered.keySet())) {
            StoredChannel now = enabled.get(name);
            if (now == null || now.version() != registered.get(name).version()) {
                registry.unregister(registered.remove(name).registration());
                LOG.info("Amazon import task of channel {} withdrawn{}", name, now == null ? "" : " (channel changed)");
            }
        }
        enabled.forEach((name, s) -> registered.computeIfAbsent(name, n -> {
            LOG.info("Amazon import task of channel {} registered, every {} s", n, s.channel().importIntervalSeconds());
            return new Registered(s.version(), registry.register(new ChannelTask(n, s.channel().importIntervalSeconds())));
        }));
    }

    synchronized Set<String> taskNames() {
        return registered.keySet().stream().map(n -> PREFIX + n).collect(Collectors.toSet());
    }

    public synchronized void clear() {
        registered.values().forEach(r -> registry.unregister(r.registration()));
        registered.clear();
    }

    /** The scheduled import of one channel. */
    private final class ChannelTask implements ScheduledTask {
        private final String channel;
        private final long interval;

        ChannelTask(String channel, long interval) {
            this.channel = channel;
            this.interval = interval;
        }

        @Override
        public String name() {
            return PREFIX + channel;
        }

        @Override
        public long intervalSeconds() {
            return interval;
        }

        @Override
        public void run() {
            ImportReport report = runner.apply(channel);
            if (report.outcome() == ImportReport.Outcome.FAILED) {
                LOG.warn("Amazon import of channel {} failed: {}", channel, report.message());
            } else if (report.outcome() == ImportReport.Outcome.COMPLETED && report.ordersSeen() > 0) {
                LOG.info("Amazon import of channel {}: {} orders ({} new, {} updated, {} failed) in {} pages",
                        channel, report.ordersSeen(), report.created(), report.updated(), report.failed(),
                        report.pages());
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }

}
