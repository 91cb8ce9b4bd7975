package org.catura.runtime.internal;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started first (start level 1): SPI Fly and the Flyway embedded in core report through
 * java.util.logging at INFO, which would bury the command's output. Keeps the loggers strongly
 * referenced, as java.util.logging forgets the level of loggers nobody holds. With
 * {@code -Dcatura.verbose=true} everything is shown.
 */
public final class QuietLogging implements BundleActivator {

    private Logger root;
    private Logger flyway;

    @Override
    public void start(BundleContext context) {
        boolean verbose = Boolean.getBoolean("catura.verbose");
        root = Logger.getLogger("");
        root.setLevel(verbose ? Level.INFO : Level.WARNING);
        // Flyway warns that PostgreSQL 16 is newer than it knows; it works, so keep that quiet.
        flyway = Logger.getLogger("org.flywaydb");
        flyway.setLevel(verbose ? Level.INFO : Level.SEVERE);
    }

    @Override
    public void stop(BundleContext context) {
        root = null;
        flyway = null;
    }
}
