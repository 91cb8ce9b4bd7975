package org.catura.ticket.internal;

import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.ProcessListener;
import org.catura.ticket.api.ManualQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the {@link ManualQueue} and its transition listener once the ticket tables exist, and
 * catches up once on the orders that came to wait while the plugin was not running.
 */
@Component(service = {ManualQueue.class, ProcessListener.class}, immediate = true,
        configurationPid = TicketConfig.PID)
public final class ManualQueueComponent extends ManualQueueDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ManualQueueComponent.class);

    @Activate
    public ManualQueueComponent(@Reference OrderProcess process, @Reference Erp erp, @Reference Database database,
            @Reference TicketSchema schema, @Reference TicketObservers observers, TicketConfig config) {
        super(process, erp, TicketSettings.from(config), observers);
        try {
            QueueWatcher.Result caught = new QueueWatcher(database, process, TicketSettings.from(config), observers).run();
            LOG.info("Queue tickets caught up: {} opened, {} closed", caught.opened(), caught.closed());
        } catch (RuntimeException e) {
            // The listener keeps new transitions in step; the next start catches up again.
            LOG.warn("Could not catch up on the queue tickets: {}", e.getMessage());
        }
    }
}
