package org.catura.shipping.internal.watchdog;

import java.time.Clock;
import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.ticket.api.Tickets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The watchdog as a {@link ScheduledTask}. */
@Component(service = ScheduledTask.class)
public final class WatchdogComponent implements ScheduledTask {

    private final ConfirmationWatchdog watchdog;

    @Activate
    public WatchdogComponent(@Reference ShippingSchema schema, @Reference Database database,
            @Reference Tickets tickets) {
        this.watchdog = new ConfirmationWatchdog(database, tickets, Clock.systemUTC());
    }

    @Override
    public String name() {
        return watchdog.name();
    }

    @Override
    public long intervalSeconds() {
        return watchdog.intervalSeconds();
    }

    @Override
    public void run() {
        watchdog.run();
    }
}
