package org.catura.launch;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The state of every DS component of the given bundles, read from SCR's
 * {@code ServiceComponentRuntime} DTOs, with the reason a person needs: why it waits and for
 * what, down to the root (the ERP database, a configuration, or nothing providing a service).
 * The DTO classes live in the framework, not on the test's class path: read reflectively.
 */
final class ComponentStates {

    static final String SCR = "org.osgi.service.component.runtime.ServiceComponentRuntime";
    private static final int UNSATISFIED_CONFIGURATION = 1;
    private static final int UNSATISFIED_REFERENCE = 2;
    private static final int SATISFIED = 4;
    private static final int ACTIVE = 8;
    private static final int FAILED_ACTIVATION = 16;

    /** One component configuration: {@code acceptable} unless it failed or waits for something nobody provides. */
    record State(String bundle, String component, String state, String reason, boolean acceptable) {
    }

    private record Why(String text, boolean acceptable) {
    }

    private final BundleContext context;
    private final Object scr;
    private final List<Object> everyDescription;
    private final LogCapture log;

    ComponentStates(BundleContext context, LogCapture log) {
        this.context = context;
        this.log = log;
        ServiceReference<?> reference = context.getServiceReference(SCR);
        if (reference == null) {
            throw new IllegalStateException("No ServiceComponentRuntime: Felix SCR is not active");
        }
        this.scr = context.getService(reference);
        this.everyDescription = descriptions(null);
    }

    List<State> of(List<Bundle> bundles) {
        List<State> states = new ArrayList<>();
        for (Object description : descriptions(bundles.toArray(new Bundle[0]))) {
            String bundle = (String) field(field(description, "bundle"), "symbolicName");
            String name = (String) field(description, "name");
            Collection<?> configurations = (Collection<?>) call("getComponentConfigurationDTOs", description);
            if (configurations.isEmpty()) {
                boolean enabled = (Boolean) call("isComponentEnabled", description);
                states.add(new State(bundle, name, enabled ? "NO CONFIGURATION" : "DISABLED",
                        enabled ? needsConfiguration(description) : "disabled by default", !enabled
                                || "require".equals(field(description, "configurationPolicy"))));
                continue;
            }
            for (Object configuration : configurations) {
                int state = (Integer) field(configuration, "state");
                Why why = why(description, configuration, new HashSet<>());
                states.add(new State(bundle, name, stateName(state), why.text(), why.acceptable()));
            }
        }
        states.sort(Comparator.comparing(State::bundle).thenComparing(State::component));
        return states;
    }

    private Why why(Object description, Object configuration, Set<String> seen) {
        int state = (Integer) field(configuration, "state");
        String implementation = (String) field(description, "implementationClass");
        switch (state) {
            case ACTIVE, SATISFIED: {
                List<String> waiting = log.messages(implementation).stream()
                        .filter(m -> m.contains("waiting")).map(ComponentStates::firstClause).toList();
                return new Why(waiting.isEmpty() ? "" : waiting.get(waiting.size() - 1), true);
            }
            case UNSATISFIED_CONFIGURATION:
                return new Why(needsConfiguration(description), true);
            case FAILED_ACTIVATION:
                return new Why("activation failed: " + field(configuration, "failure"), false);
            case UNSATISFIED_REFERENCE: {
                List<String> reasons = new ArrayList<>();
                boolean acceptable = true;
                for (Object unsatisfied : array(field(configuration, "unsatisfiedReferences"))) {
                    String reference = (String) field(unsatisfied, "name");
                    String service = interfaceOf(description, reference);
                    Why why = whyNoService(service, new HashSet<>(seen)); // the path so far, per reference
                    acceptable &= why.acceptable();
                    reasons.add("needs " + simpleName(service) + " (" + reference + "): " + why.text());
                }
                return new Why(String.join("; ", reasons), acceptable);
            }
            default:
                return new Why("state " + state, false);
        }
    }

    /**
     * Why no service of this interface is there: each of its providers waits (a component, or a
     * bundle registering it by hand once ready, which says why in its log). Acceptable when
     * one of them waits for a reason; on iDempiere the ERP port's is the one that counts.
     */
    private Why whyNoService(String service, Set<String> seen) {
        if (!seen.add(service)) {
            return new Why("circular", false);
        }
        List<Why> providers = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability capability : revision.getDeclaredCapabilities("osgi.service")) {
                Object classes = capability.getAttributes().get("objectClass");
                if (classes instanceof List<?> names && names.contains(service) && !byComponent(bundle, service)) {
                    List<String> waiting = log.messages(bundle.getSymbolicName()).stream()
                            .filter(m -> m.contains("waiting")).map(ComponentStates::firstClause).distinct().toList();
                    providers.add(waiting.isEmpty()
                            ? new Why("registered by " + bundle.getSymbolicName() + ", which logged no reason", false)
                            : new Why("registered by " + bundle.getSymbolicName() + " once ready, which logs: "
                                    + String.join(" / ", waiting), true));
                }
            }
        }
        for (Object provider : everyDescription) {
            if (List.of(array(field(provider, "serviceInterfaces"))).contains(service)) {
                Collection<?> configurations = (Collection<?>) call("getComponentConfigurationDTOs", provider);
                String name = simpleName((String) field(provider, "name"));
                if (configurations.isEmpty()) {
                    providers.add(new Why("component " + name + " " + needsConfiguration(provider),
                            "require".equals(field(provider, "configurationPolicy"))));
                    continue;
                }
                Object configuration = configurations.iterator().next();
                Why why = why(provider, configuration, new HashSet<>(seen));
                providers.add(new Why("component " + name + " is " + stateName((Integer) field(configuration, "state"))
                        + (why.text().isEmpty() ? "" : ", " + why.text()), why.acceptable()));
            }
        }
        if (providers.isEmpty()) {
            return new Why("nothing provides it", false);
        }
        return new Why(String.join(" | ", providers.stream().map(Why::text).toList()),
                providers.stream().anyMatch(Why::acceptable));
    }

    /** Whether a DS component of the bundle provides the service (then its own state says why). */
    private boolean byComponent(Bundle bundle, String service) {
        return everyDescription.stream()
                .filter(d -> bundle.getSymbolicName().equals(field(field(d, "bundle"), "symbolicName")))
                .anyMatch(d -> List.of(array(field(d, "serviceInterfaces"))).contains(service));
    }

    /** "WARNING X waiting for Y (why); it starts by itself …" becomes "X waiting for Y (why)". */
    private static String firstClause(String message) {
        String text = message.substring(message.indexOf(' ') + 1);
        return text.contains(";") ? text.substring(0, text.indexOf(';')) : text;
    }

    private static String needsConfiguration(Object description) {
        return "needs configuration " + String.join(",", List.of(array(field(description, "configurationPid"))).stream()
                .map(String::valueOf).toList()) + " (policy " + field(description, "configurationPolicy") + ")";
    }

    private static String interfaceOf(Object description, String reference) {
        for (Object each : array(field(description, "references"))) {
            if (reference.equals(field(each, "name"))) {
                return (String) field(each, "interfaceName");
            }
        }
        return reference;
    }

    private static String stateName(int state) {
        return switch (state) {
            case UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case SATISFIED -> "SATISFIED";
            case ACTIVE -> "ACTIVE";
            case FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "STATE_" + state;
        };
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private List<Object> descriptions(Bundle[] bundles) {
        return new ArrayList<>((Collection<?>) call("getComponentDescriptionDTOs", (Object) bundles));
    }

    private Object call(String method, Object argument) {
        try {
            for (var m : scr.getClass().getMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == 1) {
                    return m.invoke(scr, argument == null && m.getParameterTypes()[0].isArray()
                            ? Array.newInstance(m.getParameterTypes()[0].getComponentType(), 0) : argument);
                }
            }
            throw new IllegalStateException("ServiceComponentRuntime has no " + method);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("ServiceComponentRuntime." + method + " failed: " + e, e);
        }
    }

    private static Object field(Object dto, String name) {
        try {
            return dto.getClass().getField(name).get(dto);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(dto.getClass().getName() + " has no field " + name, e);
        }
    }

    private static Object[] array(Object value) {
        if (value == null) {
            return new Object[0];
        }
        Object[] result = new Object[Array.getLength(value)];
        for (int i = 0; i < result.length; i++) {
            result[i] = Array.get(value, i);
        }
        return result;
    }
}
