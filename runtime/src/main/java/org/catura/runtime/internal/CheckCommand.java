package org.catura.runtime.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Boot on the database, list every bundle and component with its state; "
                + "exit 1 if a bundle is not active or one of Catura's components is not satisfied.")
final class CheckCommand implements Callable<Integer> {

    private static final Duration SETTLE = Duration.ofSeconds(20);

    private final Framework framework;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    CheckCommand(Framework framework) {
        this.framework = framework;
    }

    private static final String NOT_CONFIGURED = "not configured";

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try (Session session = database.open(framework, 0)) {
            settle();
            int problems = 0;
            out.println("Bundles:");
            for (Bundle b : framework.bundles()) {
                boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                boolean ok = fragment || b.getState() == Bundle.ACTIVE;
                out.printf("  %-9s %s %s%s%n", ComponentStates.bundleState(b.getState()), b.getSymbolicName(),
                        b.getVersion(), fragment ? " (fragment)" : "");
                problems += ok ? 0 : 1;
            }
            out.println("Components:");
            for (ComponentDescriptionDTO d : sorted(framework.components())) {
                String state = state(d);
                boolean ours = d.name.startsWith("org.catura.");
                boolean ok = !ours || fine(state);
                out.printf("  %-9s %s%s%n", ok ? "OK" : "PROBLEM", d.name, " [" + state + "]");
                problems += ok ? 0 : 1;
            }
            out.println(problems == 0 ? "All bundles active, all components satisfied."
                    : problems + " problem(s) found.");
            return problems == 0 ? 0 : 1;
        }
    }

    /** SCR activates asynchronously: give Catura's components a moment to come up. */
    private void settle() {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline && framework.components().stream()
                .filter(d -> d.name.startsWith("org.catura.")).map(this::state)
                .anyMatch(s -> !fine(s))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String state(ComponentDescriptionDTO d) {
        if (!framework.componentRuntime().isComponentEnabled(d)) {
            return "disabled";
        }
        List<ComponentConfigurationDTO> configs = List.copyOf(framework.componentRuntime().getComponentConfigurationDTOs(d));
        if (configs.isEmpty()) {
            return "require".equals(d.configurationPolicy) ? NOT_CONFIGURED + " (" + String.join(",",
                    d.configurationPid) + ")" : "unsatisfied: no configuration " + String.join(",", d.configurationPid);
        }
        return configs.stream().map(ComponentStates::describe).reduce((a, b) -> a + "; " + b).orElse("");
    }

    /**
     * Active, satisfied, switched off, or waiting for configuration it only needs when the
     * feature is used (an SMTP server, say).
     */
    private static boolean fine(String state) {
        return state.equals("active") || state.equals("satisfied") || state.equals("disabled")
                || state.startsWith(NOT_CONFIGURED);
    }

    private static List<ComponentDescriptionDTO> sorted(List<ComponentDescriptionDTO> all) {
        return all.stream().sorted(Comparator.comparing((ComponentDescriptionDTO d) -> d.bundle.symbolicName)
                .thenComparing(d -> d.name)).toList();
    }
}
