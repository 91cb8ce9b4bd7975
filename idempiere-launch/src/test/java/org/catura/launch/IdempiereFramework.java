package org.catura.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Equinox, configured as iDempiere's server launches it (boot delegation of sun.security.ssl,
 * compatibility boot delegation), through the standard launcher API. Bundles are installed
 * first, then started by raising the start level, so each starts at its level as on the server.
 */
final class IdempiereFramework implements AutoCloseable {

    /** Above every bundle's level (feature plugins ask for 4, as iDempiere's own plugins). */
    static final int BEGINNING_START_LEVEL = 6;
    /** The level iDempiere's own plugins and the feature's p2.inf use. */
    static final int PLUGIN_START_LEVEL = 4;

    private final Framework framework;
    private final Map<Bundle, PlatformBundle> installed = new LinkedHashMap<>();
    /** Why a bundle could not be started, in the framework's words (e.g. the unresolved requirement). */
    private final Map<Bundle, String> startFailures = new HashMap<>();

    IdempiereFramework(Path storage) {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.security.ssl");
        config.put("osgi.compatibility.bootdelegation", "true");
        config.put("eclipse.log.enabled", "false");
        // starts at 1; start() raises the level step by step
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OSGi framework on the class path (org.eclipse.osgi)"));
        framework = factory.newFramework(config);
    }

    Framework framework() {
        return framework;
    }

    /** Installs every bundle at its start level and marks those to start, without starting yet. */
    void install(List<PlatformBundle> bundles) throws BundleException {
        framework.init();
        framework.adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(PLUGIN_START_LEVEL);
        for (PlatformBundle each : bundles) {
            Bundle bundle = framework.getBundleContext().installBundle(each.jar().toUri().toString());
            bundle.adapt(BundleStartLevel.class).setStartLevel(each.startLevel());
            installed.put(bundle, each);
        }
    }

    /**
     * Starts the framework and raises its start level; returns once every level has been started.
     * {@code beforePlugins} runs when the platform is up, before the plugins' level (4): where an
     * operator's configuration is already in ConfigAdmin on a server.
     */
    void start(Consumer<BundleContext> beforePlugins) throws BundleException, InterruptedException {
        framework.start();
        for (Map.Entry<Bundle, PlatformBundle> each : installed.entrySet()) {
            Bundle bundle = each.getKey();
            if (each.getValue().start() && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start(); // persistent: starts once the framework reaches its level
                } catch (BundleException e) {
                    startFailures.put(bundle, e.getMessage());
                }
            }
        }
        raiseTo(PLUGIN_START_LEVEL - 1);
        beforePlugins.accept(framework.getBundleContext());
        raiseTo(BEGINNING_START_LEVEL);
        // what is not started is resolved when first used on a server: resolve it now, as the director's check does
        framework.adapt(FrameworkWiring.class).resolveBundles(null);
        for (Bundle bundle : installed.keySet()) {
            if (bundle.getState() == Bundle.INSTALLED && !startFailures.containsKey(bundle)) {
                startFailures.put(bundle, unresolvedReason(bundle));
            }
        }
    }

    private void raiseTo(int level) throws InterruptedException {
        CountDownLatch raised = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(level, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                raised.countDown();
            }
        });
        if (!raised.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The framework did not reach start level " + level + " within 60 s");
        }
    }

    /** Equinox names the unresolved requirement in the exception of a start attempt. */
    private static String unresolvedReason(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            bundle.stop(Bundle.STOP_TRANSIENT);
            return "resolved only when started";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    Map<Bundle, PlatformBundle> installed() {
        return installed;
    }

    String startFailure(Bundle bundle) {
        return startFailures.get(bundle);
    }

    List<Bundle> bundles(PlatformBundle.Origin origin) {
        List<Bundle> bundles = new ArrayList<>();
        installed.forEach((bundle, each) -> {
            if (each.origin() == origin) {
                bundles.add(bundle);
            }
        });
        return bundles;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(20_000);
    }
}
