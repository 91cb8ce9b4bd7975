package org.catura.ticket.internal;

import org.catura.ticket.api.Tickets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Registers {@link Tickets} once the ticket tables exist. */
@Component(service = Tickets.class, configurationPid = TicketConfig.PID)
@Designate(ocd = TicketConfig.class)
public final class TicketsComponent extends TicketStore {

    @Activate
    public TicketsComponent(@Reference TicketSchema schema, @Reference TicketObservers observers, TicketConfig config) {
        super(TicketSettings.from(config), observers);
    }
}
