package org.catura.launch;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A plugin of the production feature, as the built p2 site holds it, with what its
 * {@code META-INF/p2.inf} tells the director: the start level and whether to mark it started.
 */
record FeatureBundle(String id, String version, Path jar, OptionalInt startLevel, boolean markStarted) {

    boolean isCatura() {
        return id.startsWith("org.catura.");
    }
}
