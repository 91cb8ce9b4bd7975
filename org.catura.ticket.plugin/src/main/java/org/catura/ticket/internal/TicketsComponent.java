package org.catura.ticket.internal;

import org.catura.ticket.api.Tickets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers {@link Tickets} once the ticket tables exist. */
@Component(service = Tickets.class, configurationPid = TicketConfig.PID)
@Designate(ocd = TicketConfig.class)
public final class TicketsComponent extends TicketStore {

    private static final Logger LOG = LoggerFactory.getLogger(TicketsComponent.class);

    @Activate
    public TicketsComponent(@Reference TicketSchema schema, @Reference TicketObservers observers, TicketConfig config) {
        this(TicketSettings.from(config), observers);
    }

    private TicketsComponent(TicketSettings settings, TicketObservers observers) {
        super(settings, observers);
        var overrides = settings.deprecatedOverrides();
        if (!overrides.isEmpty()) {
            LOG.warn("Configuration {} sets {}: deprecated, these count only for a ticket type without a row in"
                    + " CAT_TicketType. Put the values into the ticket types' rows (iDempiere window or SQL)",
                    TicketConfig.PID, overrides);
        }
    }
}
