package org.catura.amazon.plugin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.api.ReimportResult;
import org.catura.amazon.plugin.client.RetryPolicy;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.Secrets;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Amazon channel in the running system: migrates its tables, serves {@link AmazonChannels}
 * and {@link AmazonImports}, and registers one {@link ScheduledTask} per enabled channel (checked
 * again every few seconds, so changes made on another node arrive too).
 */
@Component(service = {AmazonChannels.class, AmazonImports.class}, immediate = true,
        configurationPid = "org.catura.amazon.import")
@Designate(ocd = AmazonImportConfig.class)
public final class AmazonComponent implements AmazonChannels, AmazonImports {

    private static final Logger LOG = LoggerFactory.getLogger(AmazonComponent.class);

    private final ChannelService channels;
    private final ImportService imports;
    private final ImportTasks tasks;
    private final ScheduledExecutorService refresher;

    @Activate
    public AmazonComponent(BundleContext context, @Reference Database database, @Reference OrderProcess process,
            @Reference Secrets secrets, AmazonImportConfig config) {
        Migrations.migrate(database.dataSource(), "amazon", AmazonComponent.class.getClassLoader());
        ImportTasks[] holder = new ImportTasks[1];
        this.channels = new ChannelService(database, secrets, new ChannelStore(), () -> replan(holder[0]));
        ChannelClients clients = new ChannelClients(secrets, new RetryPolicy(config.retryAttempts(),
                Duration.ofMillis(config.retryBaseMillis()), Duration.ofMillis(config.retryMaxMillis())));
        this.imports = new ImportService(database, process, channels, clients,
                new ImportSettings(config.pageSize(), Duration.ofHours(config.firstImportLookbackHours())),
                Clock.systemUTC(), ImportObserver.NONE);
        this.tasks = new ImportTasks(new ImportTasks.Registry() {
            @Override
            public Object register(ScheduledTask task) {
                return context.registerService(ScheduledTask.class, task, null);
            }

            @Override
            public void unregister(Object registration) {
                try {
                    ((ServiceRegistration<?>) registration).unregister();
                } catch (IllegalStateException e) {
                    // already gone with the bundle
                }
            }
        }, imports::runScheduled);
        holder[0] = tasks;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amazon-channel-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> replan(tasks), 0, Math.max(1, config.channelRefreshSeconds()),
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        refresher.shutdownNow();
        tasks.clear();
    }

    private void replan(ImportTasks target) {
        if (target == null) {
            return;
        }
        try {
            target.sync(channels.stored());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the Amazon channels to schedule their imports: {}", e.getMessage());
        }
    }

    @Override
    public List<AmazonChannel> list() {
        return channels.list();
    }

    @Override
    public Optional<AmazonChannel> get(String name) {
        return channels.get(name);
    }

    @Override
    public AmazonChannel save(AmazonChannel channel, ChannelSecrets secrets) {
        return channels.save(channel, secrets);
    }

    @Override
    public AmazonChannel enable(String name) {
        return channels.enable(name);
    }

    @Override
    public AmazonChannel disable(String name) {
        return channels.disable(name);
    }

    @Override
    public ImportReport runNow(String channel) {
        return imports.runNow(channel);
    }

    @Override
    public ReimportResult reimportOrder(String channel, String amazonOrderId) {
        return imports.reimportOrder(channel, amazonOrderId);
    }

    @Override
    public ImportReport resync(String channel, Instant from, Instant to) {
        return imports.resync(channel, from, to);
    }

    @Override
    public List<ImportReport> recentRuns(String channel, int limit) {
        return imports.recentRuns(channel, limit);
    }

    @Override
    public List<ImportError> recentErrors(String channel, int limit) {
        return imports.recentErrors(channel, limit);
    }

    @Override
    public boolean skipOrder(String channel, String amazonOrderId, String who) {
        return imports.skipOrder(channel, amazonOrderId, who);
    }

    @Override
    public Optional<Instant> watermark(String channel) {
        return imports.watermark(channel);
    }
}
