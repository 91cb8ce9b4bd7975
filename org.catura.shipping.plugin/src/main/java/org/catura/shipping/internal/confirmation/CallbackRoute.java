package org.catura.shipping.internal.confirmation;

import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The carriers' HTTP callback as a public web UI route (no session: the carrier's secret authenticates). */
@Component(service = WebExtension.class)
public final class CallbackRoute implements WebExtension {

    private final CallbackHandler handler;

    @Activate
    public CallbackRoute(@Reference Database database, @Reference ShippingConfirmations confirmations,
            @Reference Secrets secrets) {
        this.handler = new CallbackHandler(database, confirmations, secrets, new ReturnChannels());
    }

    @Override
    public String namespace() {
        return "shipping";
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(WebRoute.open("POST", "/shipping/callback/([A-Za-z0-9_-]{1,40})", handler::handle));
    }
}
