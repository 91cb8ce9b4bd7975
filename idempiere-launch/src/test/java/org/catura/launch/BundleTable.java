package org.catura.launch;

import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;

/** The installed bundles with their states, one a line, for a person to read in the build log. */
final class BundleTable {

    private BundleTable() {
    }

    static String render(IdempiereFramework framework) {
        StringBuilder table = new StringBuilder("BUNDLES\n");
        table.append(String.format("  %3s %-11s %2s %-9s %-48s %s%n", "id", "state", "sl", "origin", "symbolic name",
                "version"));
        for (Map.Entry<Bundle, PlatformBundle> each : framework.installed().entrySet()) {
            Bundle bundle = each.getKey();
            String failure = framework.startFailure(bundle);
            table.append(String.format("  %3d %-11s %2d %-9s %-48s %s%s%n", bundle.getBundleId(), state(bundle),
                    bundle.adapt(BundleStartLevel.class).getStartLevel(), each.getValue().origin().label,
                    bundle.getSymbolicName(), bundle.getVersion(),
                    failure == null ? "" : "\n        " + failure.replace("\n", "\n        ")));
        }
        return table.toString();
    }

    static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> bundle.getHeaders().get("Fragment-Host") != null ? "FRAGMENT" : "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
