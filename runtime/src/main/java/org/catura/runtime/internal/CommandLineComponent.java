package org.catura.runtime.internal;

import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Hands the command line to the bnd launcher: the launcher runs the {@code Callable} registered
 * with {@code main.thread=true} on the JVM's main thread and exits with its result.
 */
@Component(immediate = true)
public final class CommandLineComponent {

    private final ServiceRegistration<?> registration;

    @Activate
    public CommandLineComponent(BundleContext context, @Reference ConfigurationAdmin configurationAdmin,
            @Reference ServiceComponentRuntime componentRuntime) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("main.thread", Boolean.TRUE);
        Framework framework = new Framework(context, configurationAdmin, componentRuntime);
        registration = context.registerService(java.util.concurrent.Callable.class.getName(),
                new CaturaMain(framework), properties);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework is stopping
        }
    }
}
