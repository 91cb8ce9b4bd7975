package org.catura.ticket.internal;

import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the {@link QueueWatcher} on the cluster-wide clock every few seconds. */
@Component(service = ScheduledTask.class, configurationPid = TicketConfig.PID)
public final class TicketWatchTask implements ScheduledTask {

    private final QueueWatcher watcher;
    private final long interval;

    @Activate
    public TicketWatchTask(@Reference Database database, @Reference TicketSchema schema, TicketConfig config) {
        TicketSettings settings = TicketSettings.from(config);
        this.watcher = new QueueWatcher(database, settings);
        this.interval = settings.watchIntervalSeconds();
    }

    @Override
    public String name() {
        return "ticket-watch";
    }

    @Override
    public long intervalSeconds() {
        return interval;
    }

    @Override
    public void run() {
        watcher.run();
    }
}
