package org.catura.webui.internal.osgi;

import jakarta.servlet.Servlet;
import java.util.List;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.release.ReleaseRules;
import org.catura.ticket.api.ManualQueue;
import org.catura.ticket.api.Tickets;
import org.catura.webui.api.Users;
import org.catura.webui.internal.auth.PasswordHasher;
import org.catura.webui.internal.rest.ApiServlet;
import org.catura.webui.internal.web.Services;
import org.catura.webui.internal.web.WebApp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The REST API on the servlet whiteboard at {@value ApiServlet#PATTERN}. */
@Component(service = Servlet.class, configurationPid = WebUiConfig.PID,
        property = {"osgi.http.whiteboard.servlet.pattern=" + ApiServlet.PATTERN,
                "osgi.http.whiteboard.servlet.name=catura-api"})
public final class ApiComponent extends ApiServlet {

    private static final long serialVersionUID = 1L;

    /** The same channel plugins as the pages see. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<ChannelSettings> channels;

    @Activate
    public ApiComponent(@Reference Database database, @Reference OrderProcess process, @Reference Erp erp,
            @Reference ReleaseRules rules, @Reference Tickets tickets, @Reference ManualQueue queue,
            @Reference Users users, @Reference WebUiSchemaComponent schema, WebUiConfig config) {
        this(new LiveChannels(), database, process, erp, rules, tickets, queue, users, config);
    }

    private ApiComponent(LiveChannels live, Database database, OrderProcess process, Erp erp, ReleaseRules rules,
            Tickets tickets, ManualQueue queue, Users users, WebUiConfig config) {
        super(new WebApp(new Services(database, process, erp, rules, tickets, queue, users, live),
                Settings.from(config), new PasswordHasher(config.bcryptCost())));
        live.readFrom(() -> channels);
    }
}
