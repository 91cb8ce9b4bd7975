package org.catura.amazon.plugin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
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
import org.catura.amazon.plugin.internal.channel.AllowedHosts;
import org.catura.amazon.plugin.internal.channel.AmazonChannelSettings;
import org.catura.amazon.plugin.internal.channel.AmazonChannelSetup;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.amazon.plugin.internal.channel.SettingsServices;
import org.catura.amazon.plugin.internal.channel.StoredChannel;
import org.catura.amazon.plugin.internal.client.RetryPolicy;
import org.catura.amazon.plugin.internal.confirm.AmazonShipmentConfirmer;
import org.catura.amazon.plugin.internal.confirm.ConfirmShipmentSink;
import org.catura.amazon.plugin.internal.imports.ImportObserver;
import org.catura.amazon.plugin.internal.imports.ImportService;
import org.catura.amazon.plugin.internal.imports.ImportSettings;
import org.catura.amazon.plugin.internal.imports.ImportTasks;
import org.catura.core.api.channel.ChannelConnector;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSetup;
import org.catura.core.api.channel.ConnectionTest;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.outbox.Outbox;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.Secrets;
import org.catura.ticket.api.Tickets;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Amazon channel in the running system: migrates its tables, serves {@link AmazonChannels}
 * and {@link AmazonImports}, registers one {@link ChannelSettings} per stored channel (for the web
 * UI's settings page) and one {@link ScheduledTask} per enabled channel — checked after every change
 * and again every few seconds, so channels added or changed on another node arrive too — and the
 * {@link ChannelConnector} of all its channels with the {@link OutboxSink} that sends what it queues,
 * and the {@link ChannelSetup} that creates new channels. Secrets go only to Amazon's hosts and
 * those the configuration's {@code allowedHosts} names.
 * One SP-API client per channel serves the import and the confirmations alike.
 */
@Component(service = {AmazonChannels.class, AmazonImports.class}, immediate = true,
        configurationPid = "org.catura.amazon.import")
@Designate(ocd = AmazonImportConfig.class)
public final class AmazonComponent implements AmazonChannels, AmazonImports {

    /** Service property of each {@link ChannelSettings}: the channel's name. */
    static final String CHANNEL_PROPERTY = "catura.channel";
    private static final Logger LOG = LoggerFactory.getLogger(AmazonComponent.class);

    private final ChannelService channels;
    private final ImportService imports;
    private final ImportTasks tasks;
    private final SettingsServices settings;
    private final ScheduledExecutorService refresher;
    private final AmazonShipmentConfirmer confirmer;
    private final List<ServiceRegistration<?>> connector;

    /** The ticket plugin, when it runs: each open import error gets a ticket (caught up on the next run otherwise). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Tickets tickets;

    @Activate
    public AmazonComponent(BundleContext context, @Reference Database database, @Reference OrderProcess process,
            @Reference Secrets secrets, @Reference Outbox outbox, @Reference Erp erp, AmazonImportConfig config) {
        Migrations.migrate(database.dataSource(), "amazon", AmazonComponent.class.getClassLoader());
        // replan() skips calls made before the registrations below exist; the refresher's first run follows.
        AllowedHosts hosts = AllowedHosts.of(List.of(config.allowedHosts()));
        if (hosts.othersAllowed()) {
            LOG.info("Amazon channels may sign in to these hosts besides Amazon's: {}", String.join(", ", hosts.entries()));
        }
        // Asked per new channel: the ids come from the ERP's table-id sequence (AD_Sequence).
        this.channels = new ChannelService(database, secrets, (tx, table) -> erp.recordIds().next(tx, table), hosts,
                this::replan);
        ChannelClients clients = new ChannelClients(secrets, hosts, new RetryPolicy(config.retryAttempts(),
                Duration.ofMillis(config.retryBaseMillis()), Duration.ofMillis(config.retryMaxMillis())));
        this.imports = new ImportService(database, process, channels, clients,
                new ImportSettings(config.pageSize(), Duration.ofHours(config.firstImportLookbackHours()),
                        Duration.ofHours(Math.max(0, config.importErrorHoldHours()))),
                Clock.systemUTC(), ImportObserver.NONE, () -> Optional.ofNullable(tickets));
        this.tasks = new ImportTasks(new ImportTasks.Registry() {
            @Override
            public Object register(ScheduledTask task) {
                return context.registerService(ScheduledTask.class, task, null);
            }

            @Override
            public void unregister(Object registration) {
                unregisterQuietly(registration);
            }
        }, imports::runScheduled);
        this.settings = new SettingsServices(new SettingsServices.Registry() {
            @Override
            public Object register(ChannelSettings settings) {
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put(CHANNEL_PROPERTY, settings.channelId());
                return context.registerService(ChannelSettings.class, settings, properties);
            }

            @Override
            public void unregister(Object registration) {
                unregisterQuietly(registration);
            }
        }, name -> new AmazonChannelSettings(name, channels));
        this.confirmer = new AmazonShipmentConfirmer(outbox);
        this.connector = List.of(context.registerService(ChannelConnector.class, confirmer, null),
                context.registerService(OutboxSink.class, new ConfirmShipmentSink(channels, clients), null),
                context.registerService(ChannelSetup.class, new AmazonChannelSetup(channels), null));
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amazon-channel-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::replan, 0, Math.max(1, config.channelRefreshSeconds()),
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        refresher.shutdownNow();
        try {
            // a refresh still running could otherwise register again after the withdrawals below
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connector.forEach(AmazonComponent::unregisterQuietly);
        settings.close();
        tasks.clear();
    }

    private void replan() {
        ImportTasks t = tasks;
        SettingsServices s = settings;
        if (t == null || s == null || confirmer == null) {
            return;
        }
        try {
            List<StoredChannel> stored = channels.stored();
            t.sync(stored);
            s.sync(stored);
            confirmer.serve(stored.stream().map(StoredChannel::name).toList());
        } catch (RuntimeException | Error e) {
            // Anything thrown out of here would end the fixed-delay schedule for good.
            LOG.warn("Cannot read the Amazon channels to schedule their imports and offer their settings: {}", e.toString());
        }
    }

    private static void unregisterQuietly(Object registration) {
        try {
            ((ServiceRegistration<?>) registration).unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
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
    public AmazonChannel create(AmazonChannel channel, ChannelSecrets secrets, String who) {
        return channels.create(channel, secrets, who);
    }

    @Override
    public ConnectionTest testConnection(String name) {
        return channels.testConnection(name);
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
    public List<ImportError> openErrors(int limit) {
        return imports.openErrors(limit);
    }

    @Override
    public long openErrorCount() {
        return imports.openErrorCount();
    }

    @Override
    public Optional<Instant> watermark(String channel) {
        return imports.watermark(channel);
    }
}
