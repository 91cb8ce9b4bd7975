package org.catura.runtime.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.framework.Bundle;

/** Names for bundle and component states, as people read them. */
final class ComponentStates {

    private ComponentStates() {
    }

    static String describe(ComponentConfigurationDTO c) {
        return switch (c.state) {
            case ComponentConfigurationDTO.ACTIVE -> "active";
            case ComponentConfigurationDTO.SATISFIED -> "satisfied";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "unsatisfied: no configuration";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied: missing " + Arrays
                    .stream(c.unsatisfiedReferences).map(ComponentStates::reference).collect(Collectors.joining(", "));
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed: " + cause(c.failure);
            default -> "state " + c.state;
        };
    }

    private static String reference(UnsatisfiedReferenceDTO r) {
        return r.name + (r.target != null ? " " + r.target : "");
    }

    /** The innermost "Caused by" of a stack trace: usually the message a person can act on. */
    static String cause(String trace) {
        if (trace == null) {
            return "";
        }
        String cause = firstLine(trace);
        for (String line : trace.split("\n")) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).trim();
            }
        }
        return cause;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }

    static String bundleState(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN(" + state + ")";
        };
    }
}
