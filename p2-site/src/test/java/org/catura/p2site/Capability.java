package org.catura.p2site;

import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Version;

/** One {@code <provided>} of an IU, or one thing the iDempiere server provides. */
record Capability(String namespace, String name, Version version, Map<String, Object> properties) {

    /** The attributes a {@code <requiredProperties match=…>} filter is evaluated against, as p2 does. */
    Map<String, Object> attributes() {
        Map<String, Object> attributes = new HashMap<>(properties);
        attributes.put(namespace, name);
        attributes.put("version", version);
        return attributes;
    }
}
