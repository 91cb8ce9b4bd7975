package org.catura.webui.internal.osgi;

import org.catura.core.api.db.Database;
import org.catura.webui.api.Users;
import org.catura.webui.internal.auth.PasswordHasher;
import org.catura.webui.internal.auth.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The {@link Users} service. */
@Component(service = Users.class, configurationPid = WebUiConfig.PID)
@Designate(ocd = WebUiConfig.class)
public final class UsersComponent extends UserStore {

    @Activate
    public UsersComponent(@Reference Database database, @Reference WebUiSchemaComponent schema, WebUiConfig config) {
        super(database, new PasswordHasher(config.bcryptCost()));
    }
}
