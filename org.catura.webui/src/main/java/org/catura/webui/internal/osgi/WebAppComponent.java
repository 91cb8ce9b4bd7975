package org.catura.webui.internal.osgi;

import java.util.Optional;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.release.ReleaseRules;
import org.catura.ticket.api.ManualQueue;
import org.catura.ticket.api.Tickets;
import org.catura.webui.api.Users;
import org.catura.webui.api.extension.OrderShippingSource;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.internal.auth.PasswordHasher;
import org.catura.webui.internal.web.ExtensionRefusedException;
import org.catura.webui.internal.web.Services;
import org.catura.webui.internal.web.WebApp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link WebApp} of the runtime, which the pages and the REST API servlets both use: one
 * session store, one sign-in check, one set of templates, and the web extensions as they come and go.
 */
@Component(service = WebAppComponent.class, configurationPid = WebUiConfig.PID)
public final class WebAppComponent {

    private static final Logger LOG = LoggerFactory.getLogger(WebAppComponent.class);

    private final WebApp app;

    /** The Amazon import while its bundle runs: the import errors page and the cockpit's count. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AmazonImports imports;

    /** Shipping while its bundle runs: carrier, tracking and overdue confirmations in the cockpit. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrderShippingSource shipping;

    @Activate
    public WebAppComponent(@Reference Database database, @Reference OrderProcess process, @Reference Erp erp,
            @Reference ReleaseRules rules, @Reference Tickets tickets, @Reference ManualQueue queue,
            @Reference Users users, @Reference LiveChannels channels, @Reference WebUiSchemaComponent schema,
            WebUiConfig config) {
        app = new WebApp(new Services(database, process, erp, rules, tickets, queue, users, channels,
                channels::setups, () -> Optional.ofNullable(imports), () -> Optional.ofNullable(shipping)),
                Settings.from(config), new PasswordHasher(config.bcryptCost()));
    }

    public WebApp app() {
        return app;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeExtension")
    void addExtension(WebExtension extension) {
        try {
            app.extensions().add(extension);
        } catch (ExtensionRefusedException e) {
            // Refusing one plugin's pages must not take the whole UI down.
            LOG.error("{}", e.getMessage());
        }
    }

    void removeExtension(WebExtension extension) {
        app.extensions().remove(extension);
    }
}
