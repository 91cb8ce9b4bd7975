package org.catura.launch;

import java.nio.file.Path;

/**
 * A bundle to install: from iDempiere's platform (Maven Central), a stand-in for one of
 * iDempiere's own bundles, a plugin of the feature, or a probe of the test; with the start level it gets and
 * whether it is started, as on an iDempiere server.
 */
record PlatformBundle(Path jar, Origin origin, int startLevel, boolean start) {

    enum Origin {
        PLATFORM("platform"), STAND_IN("stand-in"), FEATURE("feature"), PROBE("probe");

        final String label;

        Origin(String label) {
            this.label = label;
        }
    }
}
