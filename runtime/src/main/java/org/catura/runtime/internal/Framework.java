package org.catura.runtime.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.util.tracker.ServiceTracker;

/** What the commands use of the running OSGi framework. */
final class Framework {

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final ServiceComponentRuntime componentRuntime;

    Framework(BundleContext context, ConfigurationAdmin configurationAdmin,
            ServiceComponentRuntime componentRuntime) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
        this.componentRuntime = componentRuntime;
    }

    /** The arguments the bnd launcher registered with itself as a service. */
    String[] launcherArguments() {
        try {
            for (ServiceReference<?> ref : context.getServiceReferences((String) null, "(launcher.arguments=*)")) {
                if (ref.getProperty("launcher.arguments") instanceof String[] args) {
                    return args;
                }
            }
        } catch (InvalidSyntaxException | NullPointerException e) {
            // no launcher service: not started by the bnd launcher
        }
        return new String[0];
    }

    /** Lowers the framework's start level, stopping every bundle above it, and waits until it has. */
    void stopBundlesAboveStartLevel(int level, Duration timeout) {
        FrameworkStartLevel startLevel = context.getBundle(0).adapt(FrameworkStartLevel.class);
        CountDownLatch reached = new CountDownLatch(1);
        startLevel.setStartLevel(level, event -> reached.countDown());
        try {
            if (!reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FailureException("Bundles did not stop within " + timeout.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sets (replaces) the configuration of a component. */
    void configure(String pid, Dictionary<String, Object> properties) {
        try {
            Configuration configuration = configurationAdmin.getConfiguration(pid, "?");
            configuration.update(properties);
        } catch (IOException e) {
            throw new FailureException("Cannot store the configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits for a service. On time-out, names the components that are not satisfied, since one
     * of them is why the service is missing.
     */
    <T> T await(Class<T> type, Duration timeout) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        long deadline = System.nanoTime() + timeout.toNanos();
        int failedChecks = 0;
        try {
            while (System.nanoTime() < deadline) {
                T service = tracker.waitForService(500);
                if (service != null) {
                    return service;
                }
                // SCR retries a failed activation only when something changes: do not wait it out.
                String failed = failedComponents();
                failedChecks = failed.isEmpty() ? 0 : failedChecks + 1;
                if (failedChecks >= 4) {
                    throw new FailureException("Cannot start " + failed);
                }
            }
            throw new FailureException("No " + type.getSimpleName() + " service after " + timeout.toSeconds()
                    + " s; not satisfied: " + unsatisfiedComponents());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FailureException("Interrupted while waiting for " + type.getSimpleName());
        }
        // the tracker stays open: closing it would unget the service the caller now uses
    }

    /** A property of the registered {@code type} service with the highest ranking, or null. */
    Object serviceProperty(Class<?> type, String key) {
        ServiceReference<?> ref = context.getServiceReference(type);
        return ref == null ? null : ref.getProperty(key);
    }

    /** Catura's components whose activation threw, with the innermost cause. */
    String failedComponents() {
        return components().stream().filter(d -> d.name.startsWith("org.catura."))
                .flatMap(d -> componentRuntime.getComponentConfigurationDTOs(d).stream())
                .filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                .map(c -> c.description.name.substring(c.description.name.lastIndexOf('.') + 1) + ": "
                        + ComponentStates.cause(c.failure))
                .collect(Collectors.joining("; "));
    }

    /** Removes a configuration; its components deactivate. */
    void removeConfiguration(String pid) {
        try {
            Configuration[] found = configurationAdmin.listConfigurations("(service.pid=" + pid + ")");
            if (found != null) {
                for (Configuration c : found) {
                    c.delete();
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            System.err.println("Cannot remove the configuration " + pid + ": " + e.getMessage());
        }
    }

    /** Waits until no service of {@code type} is registered any more. */
    void awaitGone(Class<?> type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (context.getServiceReference(type) != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    String unsatisfiedComponents() {
        List<String> names = components().stream()
                .flatMap(d -> componentRuntime.getComponentConfigurationDTOs(d).stream())
                .filter(c -> c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED)
                .map(c -> c.description.name + " (" + ComponentStates.describe(c) + ")")
                .collect(Collectors.toList());
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    List<org.osgi.service.component.runtime.dto.ComponentDescriptionDTO> components() {
        return List.copyOf(componentRuntime.getComponentDescriptionDTOs());
    }

    ServiceComponentRuntime componentRuntime() {
        return componentRuntime;
    }

    Bundle[] bundles() {
        return context.getBundles();
    }
}
