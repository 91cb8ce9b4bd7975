package org.catura.launch;

import java.util.List;

/** The components with their states and reasons, one a line, for a person to read in the build log. */
final class ComponentTable {

    private ComponentTable() {
    }

    static String render(List<ComponentStates.State> states) {
        StringBuilder table = new StringBuilder("COMPONENTS (" + states.size() + ")\n");
        table.append(String.format("  %-25s %-36s %-25s %s%n", "bundle", "component", "state", "reason"));
        for (ComponentStates.State state : states) {
            String component = state.component().substring(state.component().lastIndexOf('.') + 1);
            table.append(String.format("  %-25s %-36s %-25s %s%s%n", state.bundle(), component,
                    state.state(), state.reason(), state.acceptable() ? "" : "   <-- NOT ACCEPTABLE"));
        }
        return table.toString();
    }
}
