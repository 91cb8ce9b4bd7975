package org.catura.p2site;

import org.osgi.framework.Filter;
import org.osgi.framework.VersionRange;

/**
 * One mandatory requirement of an IU: either {@code <required namespace name range>} or
 * {@code <requiredProperties namespace match>} (osgi.ee, osgi.extender, osgi.service).
 */
record Requirement(String unit, String namespace, String name, VersionRange range, Filter match) {

    boolean isMetBy(Capability capability) {
        if (!namespace.equals(capability.namespace())) {
            return false;
        }
        if (match != null) {
            return match.matches(capability.attributes());
        }
        return name.equals(capability.name()) && range.includes(capability.version());
    }

    @Override
    public String toString() {
        return unit + " requires " + namespace + " " + (match != null ? match : name + " " + range);
    }
}
