package org.catura.ticket.internal;

import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.mail.api.MailQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the {@link Escalator} on the cluster-wide clock at the configured interval. */
@Component(service = ScheduledTask.class, configurationPid = TicketConfig.PID)
public final class EscalationTask implements ScheduledTask {

    private final Escalator escalator;
    private final long interval;

    @Activate
    public EscalationTask(@Reference Database database, @Reference MailQueue mail, @Reference TicketSchema schema,
            TicketConfig config) {
        TicketSettings settings = TicketSettings.from(config);
        this.escalator = new Escalator(database, mail, settings);
        this.interval = settings.escalationIntervalSeconds();
    }

    @Override
    public String name() {
        return "ticket-escalation";
    }

    @Override
    public long intervalSeconds() {
        return interval;
    }

    @Override
    public void run() {
        escalator.run();
    }
}
