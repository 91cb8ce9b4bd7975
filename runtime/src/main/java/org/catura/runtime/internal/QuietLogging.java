package org.catura.runtime.internal;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started first (start level 1): SPI Fly reports every provider it registers through
 * java.util.logging at INFO, which would bury the command's output. Keeps the logger strongly
 * referenced, as java.util.logging forgets the level of loggers nobody holds.
 */
public final class QuietLogging implements BundleActivator {

    private Logger spiFly;

    @Override
    public void start(BundleContext context) {
        spiFly = Logger.getLogger("org.apache.aries.spifly");
        spiFly.setLevel(Boolean.getBoolean("catura.verbose") ? Level.INFO : Level.WARNING);
    }

    @Override
    public void stop(BundleContext context) {
        spiFly = null;
    }
}
