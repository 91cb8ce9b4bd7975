package org.catura.ticket.internal;

import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.ticket.api.ManualQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers the {@link ManualQueue} once the ticket tables exist. */
@Component(service = ManualQueue.class, configurationPid = TicketConfig.PID)
public final class ManualQueueComponent extends ManualQueueDesk {

    @Activate
    public ManualQueueComponent(@Reference OrderProcess process, @Reference Erp erp, @Reference TicketSchema schema,
            TicketConfig config) {
        super(process, erp, TicketSettings.from(config));
    }
}
